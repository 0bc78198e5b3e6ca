package cn.projectdesk.core.budget;

import java.util.List;

/** A batch of lines was refused as a whole; nothing was written. Lists every problem. */
public class LinesRejectedException extends RuntimeException {
    private final List<LineProblem> problems;

    public LinesRejectedException(List<LineProblem> problems) {
        super(problems.size() + " problem(s) in the lines handed in; nothing was saved");
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}

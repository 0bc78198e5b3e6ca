package cn.projectdesk.core.calendar;

import java.util.List;

/** A holiday file that was rejected whole; every problem names the file and line. Nothing was imported. */
public class HolidayFileException extends RuntimeException {
    private final String file;
    private final List<HolidayFileProblem> problems;

    public HolidayFileException(String file, List<HolidayFileProblem> problems) {
        super(file + ": " + problems.size() + " problem(s), first at line " + problems.get(0).line() + ": "
                + problems.get(0).reasonKey() + " " + problems.get(0).detail());
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<HolidayFileProblem> problems() {
        return problems;
    }
}

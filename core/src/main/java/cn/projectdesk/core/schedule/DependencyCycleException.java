package cn.projectdesk.core.schedule;

import java.util.List;

/** The links form a loop; names the tasks in it, in order. Nothing was scheduled or saved. */
public class DependencyCycleException extends RuntimeException {
    private final List<String> taskNames;

    public DependencyCycleException(List<String> taskNames) {
        super("dependency cycle: " + String.join(" → ", taskNames) + " → " + taskNames.get(0));
        this.taskNames = List.copyOf(taskNames);
    }

    public List<String> taskNames() {
        return taskNames;
    }
}

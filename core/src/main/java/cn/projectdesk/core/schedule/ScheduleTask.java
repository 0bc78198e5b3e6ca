package cn.projectdesk.core.schedule;

/**
 * One row of the plan as the scheduler sees it: index of its parent (-1 at the top), duration in
 * working days (ignored for summaries, which take their children's span), milestone flag.
 */
public record ScheduleTask(String name, int parent, int durationDays, boolean milestone) {
    public ScheduleTask {
        if (durationDays < 0) {
            throw new IllegalArgumentException("negative duration for " + name);
        }
    }
}

package cn.projectdesk.core.project;

import cn.projectdesk.core.schedule.CpmProject;
import cn.projectdesk.core.schedule.WorkingTimeIndex;
import java.util.List;

/**
 * A project's plan as the engines take it: the network, the working-time calendar it is counted
 * in (eight-hour days), and the task behind each engine index (live entities of the open session).
 */
public record PlanNetwork(CpmProject project, WorkingTimeIndex calendar, List<Task> tasks) {
    /** Working minutes in one planned day; plans are kept in whole days. */
    public static final int MINUTES_PER_DAY = PlanAnalysis.MINUTES_PER_DAY;
}

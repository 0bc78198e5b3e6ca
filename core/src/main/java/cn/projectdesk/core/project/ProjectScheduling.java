package cn.projectdesk.core.project;

import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.schedule.WorkingCalendar;
import org.hibernate.Session;

/** Scheduling entry points for other features inside an open unit of work (imports, demo data, progress). */
public final class ProjectScheduling {
    private ProjectScheduling() {
    }

    public static void replan(Session session, Project project) {
        ProjectPlan.load(session, project).replan(session);
    }

    /** The project's working calendar (weekly pattern, exceptions, statutory holidays) for the engines. */
    public static WorkingCalendar calendar(Session session, Project project) {
        return ProjectPlan.calendar(session, project);
    }

    /** A calendar entity as the engines see it; null means the standard calendar with China's holidays. */
    public static WorkingCalendar calendar(Session session, WorkCalendar calendar) {
        return ProjectPlan.calendar(session, calendar);
    }

    /** The project's live plan as the engines' network (Monte Carlo, analyses) on eight-hour days. */
    public static PlanNetwork network(Session session, Project project) {
        return ProjectPlan.load(session, project).network(session);
    }
}

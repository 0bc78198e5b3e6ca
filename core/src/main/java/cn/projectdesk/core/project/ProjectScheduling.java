package cn.projectdesk.core.project;

import org.hibernate.Session;

/** Renumbers and reschedules a whole project inside an open unit of work (imports, demo data). */
public final class ProjectScheduling {
    private ProjectScheduling() {
    }

    public static void replan(Session session, Project project) {
        ProjectPlan.load(session, project).replan(session);
    }
}

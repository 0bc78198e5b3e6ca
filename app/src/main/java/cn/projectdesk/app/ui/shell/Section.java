package cn.projectdesk.app.ui.shell;

/** The areas of the main window that work in this release (DESIGN §7 lists more to come). */
public enum Section {
    HOME, PROJECTS, PLAN, GANTT, MILESTONES, SETTINGS, RESOURCES, BUDGET, CONTRACTS,
    DASHBOARD, WARNINGS, ARCHIVE, APPROVALS, AUDIT, LIFECYCLE,
    SYNC, ADMIN
}

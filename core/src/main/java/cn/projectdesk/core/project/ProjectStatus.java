package cn.projectdesk.core.project;

/** Whether work on the project goes on; independent of its lifecycle stage. */
public enum ProjectStatus {
    ACTIVE, ON_HOLD, CANCELLED, CLOSED
}

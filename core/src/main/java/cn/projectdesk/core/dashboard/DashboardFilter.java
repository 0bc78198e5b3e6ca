package cn.projectdesk.core.dashboard;

import cn.projectdesk.core.project.ProjectType;
import java.util.UUID;

/** Which projects the dashboard counts: a year, a department (with its sub-units) and a type; null = all. */
public record DashboardFilter(Integer year, UUID departmentId, ProjectType type) {
    public static final DashboardFilter ALL = new DashboardFilter(null, null, null);
}

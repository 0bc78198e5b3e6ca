package cn.projectdesk.core.schedule;

/** A dependency between two task indexes; lag in working days, negative for lead. */
public record ScheduleLink(int predecessor, int successor, DependencyType type, int lagDays) {
}

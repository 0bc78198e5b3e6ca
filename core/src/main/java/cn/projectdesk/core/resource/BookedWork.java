package cn.projectdesk.core.resource;

import java.time.LocalDate;

/** One assignment as the load engine sees it: resource index, the task's span, units, a label for warnings. */
public record BookedWork(int resource, LocalDate start, LocalDate finish, int units, String label) {
}

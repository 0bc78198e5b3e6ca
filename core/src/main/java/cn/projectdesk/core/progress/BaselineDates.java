package cn.projectdesk.core.progress;

import java.time.LocalDate;
import java.util.UUID;

/** One task's dates as a baseline saved them; the Gantt chart draws them as a thin bar under the current one. */
public record BaselineDates(UUID taskId, LocalDate start, LocalDate finish) {
}

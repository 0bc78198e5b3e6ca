package cn.projectdesk.core.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One task's late dates and float from the critical-path engine, in working days; critical when its
 * total float is zero or less.
 */
public record TaskFloat(UUID taskId, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
                        LocalDate lateFinish, int totalFloatDays, int freeFloatDays, boolean critical) {
}

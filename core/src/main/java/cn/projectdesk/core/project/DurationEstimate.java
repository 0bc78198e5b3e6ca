package cn.projectdesk.core.project;

import cn.projectdesk.core.domain.ValidationException;

/**
 * A task's three-point estimate in working days, as the planner enters it: optimistic ≤ most likely
 * ≤ pessimistic, each within the duration range.
 */
public record DurationEstimate(int optimisticDays, int mostLikelyDays, int pessimisticDays) {
    public DurationEstimate {
        for (int days : new int[] {optimisticDays, mostLikelyDays, pessimisticDays}) {
            if (days < 0 || days > TaskService.MAX_DURATION_DAYS) {
                throw ValidationException.of("estimate", "validation.duration.range");
            }
        }
        if (optimisticDays > mostLikelyDays || mostLikelyDays > pessimisticDays) {
            throw ValidationException.of("estimate", "validation.estimate.order");
        }
    }
}

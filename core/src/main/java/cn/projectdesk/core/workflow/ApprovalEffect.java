package cn.projectdesk.core.workflow;

import org.hibernate.Session;

/**
 * What approving a request's last step does, in the same transaction as the approval: if it throws
 * (a {@code ValidationException} for a failed check), the approval and everything else roll back.
 * Other modules supply theirs through {@link ApprovalEffects} (the budget module: budget adjustments,
 * payments).
 */
public interface ApprovalEffect {
    /** Called at submission; throw to refuse a request whose effect could not be applied. */
    default void checkSubmittable(Session session, ApprovalRequest request) {
    }

    /** Called when the last step is approved, inside the approver's unit of work. */
    void apply(Session session, ApprovalRequest request, String actor);
}

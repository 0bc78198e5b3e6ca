package cn.projectdesk.core.acceptance;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.workflow.ApprovalEffect;
import cn.projectdesk.core.workflow.ApprovalRequest;
import org.hibernate.Session;

/**
 * Wraps the 验收申请 effect: neither submitting nor approving it is possible while rectification items
 * of the project are open — acceptance is not complete until every 整改 item is closed.
 */
public final class AcceptanceGuard implements ApprovalEffect {
    private final ApprovalEffect inner;

    public AcceptanceGuard(ApprovalEffect inner) {
        this.inner = inner;
    }

    @Override
    public void checkSubmittable(Session session, ApprovalRequest request) {
        requireNoOpenItems(session, request);
        inner.checkSubmittable(session, request);
    }

    @Override
    public void apply(Session session, ApprovalRequest request, String actor) {
        requireNoOpenItems(session, request);
        inner.apply(session, request, actor);
    }

    private static void requireNoOpenItems(Session session, ApprovalRequest request) {
        if (!AcceptanceService.openRectifications(session, request.getProject()).isEmpty()) {
            throw ValidationException.of("rectifications", "validation.acceptance.openRectifications");
        }
    }
}

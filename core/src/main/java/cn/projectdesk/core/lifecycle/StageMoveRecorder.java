package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.workflow.ApprovalEffect;
import cn.projectdesk.core.workflow.ApprovalRequest;
import java.time.Clock;
import org.hibernate.Session;

/**
 * Wraps an approval effect that moves a project's stage (立项申请, 验收申请) so that the move gets its
 * stage-history row, in the approving transaction, with the request code as the note.
 */
final class StageMoveRecorder implements ApprovalEffect {
    private final ApprovalEffect inner;
    private final Clock clock;

    StageMoveRecorder(ApprovalEffect inner, Clock clock) {
        this.inner = inner;
        this.clock = clock;
    }

    @Override
    public void checkSubmittable(Session session, ApprovalRequest request) {
        inner.checkSubmittable(session, request);
    }

    @Override
    public void apply(Session session, ApprovalRequest request, String actor) {
        Project project = request.getProject();
        LifecycleStage before = project.getStage();
        inner.apply(session, request, actor);
        LifecycleStage after = project.getStage();
        if (after != before) {
            project.setStage(before);
            StageService.record(session, project, after, actor, request.getCode(), clock.instant());
        }
    }
}

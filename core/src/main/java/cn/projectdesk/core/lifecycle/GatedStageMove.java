package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.workflow.ApprovalEffect;
import cn.projectdesk.core.workflow.ApprovalRequest;
import java.time.Clock;
import java.util.Set;
import org.hibernate.Session;

/**
 * The 验收申请 effect under the stage gates (ADR 29). The built-in effect moved a project from 实施 or 验收
 * straight to 评价, past the gates. Now approving records the decision and moves the project on through
 * each gate that is met — counting the request being approved — and stops at the first one with missing
 * items (e.g. no 验收报告 in the archive yet). The approval stands; the project stays where its gate
 * holds it, and a later `stage advance` finds the approval item met.
 */
final class GatedStageMove implements ApprovalEffect {
    private static final Set<LifecycleStage> MOVES_THROUGH = Set.of(LifecycleStage.IMPLEMENTATION, LifecycleStage.ACCEPTANCE);

    private final ApprovalEffect stageCheck;
    private final GateCheck gates;
    private final Clock clock;

    /** {@code stageCheck} is the built-in effect; only its submission check (the stage it expects) is used. */
    GatedStageMove(ApprovalEffect stageCheck, GateCheck gates, Clock clock) {
        this.stageCheck = stageCheck;
        this.gates = gates;
        this.clock = clock;
    }

    @Override
    public void checkSubmittable(Session session, ApprovalRequest request) {
        stageCheck.checkSubmittable(session, request);
    }

    @Override
    public void apply(Session session, ApprovalRequest request, String actor) {
        // the project may have moved since submission: a stage the request no longer fits is still refused
        stageCheck.checkSubmittable(session, request);
        Project project = request.getProject();
        while (MOVES_THROUGH.contains(project.getStage())
                && gates.evaluate(session, project, request).stream().allMatch(GateItemStatus::met)) {
            StageService.record(session, project, StageService.next(project.getStage()), actor, request.getCode(),
                    clock.instant());
        }
    }
}

package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.acceptance.AcceptanceGuard;
import cn.projectdesk.core.acceptance.AcceptanceService;
import cn.projectdesk.core.change.ChangeRequestService;
import cn.projectdesk.core.library.ProjectLibraryService;
import cn.projectdesk.core.performance.PerformanceService;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.workflow.ApprovalEffects;
import cn.projectdesk.core.workflow.RequestType;
import java.time.Clock;

/**
 * The lifecycle part of core: stage gates and history, the project library, change requests,
 * acceptance and performance evaluation. Opening it hooks into the approval effects: approved 变更申请
 * apply their impact, stage moves by approvals get history rows, 验收申请 wait for open 整改 items and
 * move the project only through met gates; DOCUMENT gate items are answered by the archive.
 */
public record LifecycleServices(StageService stages, ProjectLibraryService library, ChangeRequestService changes,
                                AcceptanceService acceptance, PerformanceService performance) {
    public static LifecycleServices open(Database database, ApprovalEffects effects, Clock clock) {
        effects.forType(RequestType.PROJECT_PROPOSAL)
                .ifPresent(e -> effects.register(RequestType.PROJECT_PROPOSAL, new StageMoveRecorder(e, clock)));
        DocumentEvidence archive = new ArchiveEvidence();
        // an approved 验收申请 moves the project only through the gates it meets (ADR 29)
        effects.forType(RequestType.ACCEPTANCE).ifPresent(e -> effects.register(RequestType.ACCEPTANCE,
                new AcceptanceGuard(new GatedStageMove(e, new GateCheck(archive), clock))));
        return new LifecycleServices(new StageService(database, archive, clock),
                new ProjectLibraryService(database, effects, clock), new ChangeRequestService(database, effects, clock),
                new AcceptanceService(database), new PerformanceService(database, clock));
    }
}

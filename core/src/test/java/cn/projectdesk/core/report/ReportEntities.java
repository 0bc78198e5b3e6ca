package cn.projectdesk.core.report;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.workflow.ApprovalRequest;
import java.time.Instant;
import java.util.List;

/** One of each report entity, for the store's change-capture test (which covers every persistent type). */
public final class ReportEntities {
    private ReportEntities() {
    }

    public static List<SyncableEntity> oneOfEach(List<SyncableEntity> others, AppUser user) {
        ApprovalRequest request = others.stream().filter(ApprovalRequest.class::isInstance).map(ApprovalRequest.class::cast)
                .findFirst().orElseThrow();
        FormPrint print = new FormPrint("0123456789", request, "a".repeat(64), 1, "b".repeat(64), user.getUsername(),
                Instant.parse("2026-11-21T02:00:00Z"), 1, 1);
        UserSignature signature = new UserSignature(user, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        return List.of(print, signature);
    }
}

package cn.projectdesk.core.risk;

import cn.projectdesk.core.archive.AccessLevel;
import cn.projectdesk.core.archive.ArchiveDocument;
import cn.projectdesk.core.archive.DocumentType;
import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One archive document and one warning, for the change-capture test. */
public final class OpsEntities {
    private OpsEntities() {
    }

    public static List<SyncableEntity> oneOfEach(Project project) {
        Instant at = Instant.parse("2026-11-20T02:00:00Z");
        ArchiveDocument doc = new ArchiveDocument();
        doc.setProject(project);
        doc.setStage(LifecycleStage.PROPOSAL);
        doc.setType(DocumentType.FEASIBILITY);
        doc.setSeq(1);
        doc.setNumber("U1-2026-001-LX-KYBG-001");
        doc.setVersionNo(1);
        doc.setCurrent(true);
        doc.setTitle("可行性研究报告");
        doc.setFileName("可研.pdf");
        doc.setContentSha256("0".repeat(64));
        doc.setSizeBytes(10);
        doc.setAccess(AccessLevel.PROJECT);
        doc.setUploadedBy("u1");
        doc.setUploadedAt(at);
        RiskWarning warning = new RiskWarning(project, new Finding(project.getId(), WarningRule.MILESTONE_OVERDUE, "task:x",
                "1.2 开工", WarningSeverity.HIGH, "3", "0", LocalDate.of(2026, 11, 19)), "u1", at);
        return List.of(doc, warning);
    }
}

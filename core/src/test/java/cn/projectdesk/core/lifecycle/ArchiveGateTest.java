package cn.projectdesk.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.archive.AccessLevel;
import cn.projectdesk.core.archive.ArchiveDocumentRow;
import cn.projectdesk.core.archive.ArchiveDraft;
import cn.projectdesk.core.archive.DocumentType;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.RequestDraft;
import cn.projectdesk.core.workflow.RequestStatus;
import cn.projectdesk.core.workflow.RequestType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive answers document items of the gates, and an approved 验收申请 no longer skips the 验收 gate. */
class ArchiveGateTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static final Map<String, UserSession> SESSIONS = new ConcurrentHashMap<>();

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    static UserSession as(String username) {
        return SESSIONS.computeIfAbsent(username, u -> TestFolders.login(core, u));
    }

    private static ProjectSummary newProject(LifecycleStage stage) {
        UserSession user = as("zhangwei");
        UUID dept = core.orgUnits().find(user, "LJ-SHK").orElseThrow().id();
        return core.projects().create(user, new ProjectDraft(null, "档案闸口测试" + UUID.randomUUID().toString().substring(0, 6),
                ProjectType.OTHER, dept, 2027, Set.of(), stage, ProjectStatus.ACTIVE, null, null, null, null));
    }

    private static ArchiveDocumentRow file(UUID project, LifecycleStage stage, DocumentType type, String title) {
        return core.ops().archive().add(as("zhangwei"), project, new ArchiveDraft(stage, type, title, title + ".pdf",
                AccessLevel.PROJECT, null), new ByteArrayInputStream((title + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
    }

    private static GateItemStatus item(UUID project, String key) {
        return core.lifecycle().stages().overview(as("zhangwei"), project).gate().stream()
                .filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static ApprovalRequestView submitAndApproveAcceptance(ProjectSummary p) {
        ApprovalRequestView r = core.approvals().submitNew(as("zhangwei"), new RequestDraft(RequestType.ACCEPTANCE, p.id(),
                "验收申请：" + p.name(), "申请验收", null, null));
        while (r.status() == RequestStatus.PENDING) {
            r = core.approvals().approve(as(r.waitingFor().get(0)), r.id(), "同意。");
        }
        return r;
    }

    @Test
    void aDocumentOfTheRequiredTypeFiledInTheStageMeetsTheItemAndTheMissingItemNamesTheType() {
        ProjectSummary p = newProject(LifecycleStage.IMPLEMENTATION);
        GateItemStatus completion = item(p.id(), "DOCUMENT:COMPLETION_REPORT");
        assertThat(completion.met()).isFalse();
        assertThat(completion.documentType()).isEqualTo(DocumentType.COMPLETION);
        assertThat(completion.labelKey()).isEqualTo("gateItem.DOCUMENT.COMPLETION_REPORT");
        assertThat(item(p.id(), "MANUAL:WORKS_COMPLETE").documentType()).isNull();

        // the right type in another stage, or another type in this stage, is not evidence
        file(p.id(), LifecycleStage.PROCUREMENT, DocumentType.COMPLETION, "早期竣工报告");
        file(p.id(), LifecycleStage.IMPLEMENTATION, DocumentType.CONTRACT, "补充合同");
        assertThatThrownBy(() -> core.lifecycle().stages().advance(as("zhangwei"), p.id(), null))
                .isInstanceOfSatisfying(GateNotMetException.class, e -> assertThat(e.missing())
                        .extracting(GateItemStatus::documentType).containsExactly(DocumentType.COMPLETION, null));

        ArchiveDocumentRow report = file(p.id(), LifecycleStage.IMPLEMENTATION, DocumentType.COMPLETION, "竣工报告");
        completion = item(p.id(), "DOCUMENT:COMPLETION_REPORT");
        assertThat(completion.met()).isTrue();
        assertThat(completion.evidence()).startsWith(report.number()).contains("竣工报告");
        assertThatThrownBy(() -> core.lifecycle().stages().advance(as("zhangwei"), p.id(), null))
                .isInstanceOfSatisfying(GateNotMetException.class, e -> assertThat(e.missing())
                        .extracting(GateItemStatus::key).containsExactly("MANUAL:WORKS_COMPLETE"));
        core.lifecycle().stages().confirm(as("zhangwei"), p.id(), "MANUAL:WORKS_COMPLETE", "现场核查完工");
        assertThat(core.lifecycle().stages().advance(as("zhangwei"), p.id(), null).stage())
                .isEqualTo(LifecycleStage.ACCEPTANCE);
    }

    @Test
    void anApprovedAcceptanceWaitsAtTheGateUntilTheReportIsArchivedThenAdvancingPasses() {
        ProjectSummary p = newProject(LifecycleStage.ACCEPTANCE);
        int historyBefore = core.lifecycle().stages().overview(as("zhangwei"), p.id()).history().size();

        ApprovalRequestView r = submitAndApproveAcceptance(p);

        assertThat(r.status()).isEqualTo(RequestStatus.APPROVED);
        StageOverview held = core.lifecycle().stages().overview(as("zhangwei"), p.id());
        assertThat(held.stage()).isEqualTo(LifecycleStage.ACCEPTANCE);
        assertThat(held.history()).hasSize(historyBefore);
        assertThat(item(p.id(), "APPROVAL:ACCEPTANCE").met()).isTrue();
        assertThat(item(p.id(), "DOCUMENT:ACCEPTANCE_REPORT").met()).isFalse();

        file(p.id(), LifecycleStage.ACCEPTANCE, DocumentType.ACCEPTANCE, "验收报告");
        StageOverview moved = core.lifecycle().stages().advance(as("zhangwei"), p.id(), "验收完成");
        assertThat(moved.stage()).isEqualTo(LifecycleStage.EVALUATION);
    }

    @Test
    void anApprovedAcceptanceWithItsReportArchivedMovesToEvaluationWithAHistoryRow() {
        ProjectSummary p = newProject(LifecycleStage.ACCEPTANCE);
        file(p.id(), LifecycleStage.ACCEPTANCE, DocumentType.ACCEPTANCE, "验收报告");

        ApprovalRequestView r = submitAndApproveAcceptance(p);

        StageOverview o = core.lifecycle().stages().overview(as("zhangwei"), p.id());
        assertThat(o.stage()).isEqualTo(LifecycleStage.EVALUATION);
        StageHistoryEntry last = o.history().get(o.history().size() - 1);
        assertThat(last.from()).isEqualTo(LifecycleStage.ACCEPTANCE);
        assertThat(last.note()).isEqualTo(r.code());
    }

    @Test
    void anAdministratorsItemMayNameAnArchiveTypeDirectlyAndHasNoMessageKey() {
        ArchiveEvidence evidence = new ArchiveEvidence();
        assertThat(evidence.archiveType("CONTRACT")).contains(DocumentType.CONTRACT);
        assertThat(evidence.archiveType("FEASIBILITY_STUDY")).contains(DocumentType.FEASIBILITY);
        assertThat(evidence.archiveType("SECURITY_TEST")).isEmpty();
        GateItemDefinition own = GateItemDefinition.document("FEASIBILITY_STUDY", "可研报告（含专家评审意见）");
        assertThat(DefaultGates.labelKey(LifecycleStage.PROPOSAL, own)).isEmpty();
        assertThat(DefaultGates.labelKey(LifecycleStage.PROPOSAL, DefaultGates.of(LifecycleStage.PROPOSAL).get(1)))
                .contains("gateItem.DOCUMENT.FEASIBILITY_STUDY");
    }
}

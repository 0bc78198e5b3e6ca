package cn.projectdesk.core.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.RequestDraft;
import cn.projectdesk.core.workflow.RequestType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preliminary and final acceptance of the demo school project: panel without the supplier, scores, 整改 to closure. */
class AcceptanceServiceTest {
    static final String SUPPLIER = "临江市第二建筑工程有限公司";
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

    static AcceptanceService acceptance() {
        return core.lifecycle().acceptance();
    }

    private static ValidationException refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void panelScoresAndRectificationsGateTheFinalAcceptance() {
        ProjectSummary schools = core.projects().findByCode(as("zhengfang"), "XQ-2025-001");
        ExpertRow insider = acceptance().addExpert(as("zhengfang"), "钱建国", "测试结构", " " + SUPPLIER + " ", "总工程师");
        List<ExpertRow> outsiders = List.of(
                acceptance().addExpert(as("zhengfang"), "孙明", "测试结构", "临江市建筑设计研究院", "高级工程师"),
                acceptance().addExpert(as("zhengfang"), "周红", "测试结构", "临江大学土木工程学院", "教授"),
                acceptance().addExpert(as("zhengfang"), "吴磊", "测试造价", "临江市工程造价咨询中心", "注册造价师"));
        assertThatThrownBy(() -> acceptance().addExpert(as("zhaomin"), "x", "y", "z", null))
                .isInstanceOf(AccessDeniedException.class);

        List<String> checklist = List.of("加固工程完成情况", "消防设施", "竣工资料");
        assertThatThrownBy(() -> acceptance().plan(as("zhaomin"), schools.id(), AcceptanceKind.PRELIMINARY,
                LocalDate.of(2026, 11, 25), null, checklist)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acceptance().plan(as("zhangwei"), schools.id(), AcceptanceKind.PRELIMINARY,
                LocalDate.of(2026, 11, 25), null, checklist)).isInstanceOf(AccessDeniedException.class);
        AcceptanceView prelim = acceptance().plan(as("zhengfang"), schools.id(), AcceptanceKind.PRELIMINARY,
                LocalDate.of(2026, 11, 25), null, checklist);
        assertThat(prelim.supplierOrg()).isEqualTo(SUPPLIER);
        assertThat(prelim.checks()).extracting(AcceptanceView.Check::description).containsExactlyElementsOf(checklist);

        assertThat(refusal(() -> acceptance().addPanelist(as("zhengfang"), prelim.id(), insider.id())).fieldErrors())
                .containsValue("validation.acceptance.expertConflict");
        assertThat(refusal(() -> acceptance().drawPanel(as("zhengfang"), prelim.id(), 4, null)).fieldErrors())
                .containsValue("validation.acceptance.panelSize");
        AcceptanceView drawn = acceptance().drawPanel(as("zhengfang"), prelim.id(), 3, "测试结构");
        assertThat(drawn.panel()).hasSize(3).extracting(AcceptanceView.Panelist::organisation).doesNotContain(" " + SUPPLIER + " ", SUPPLIER);
        assertThat(drawn.panel()).extracting(AcceptanceView.Panelist::expertId)
                .contains(outsiders.get(0).id(), outsiders.get(1).id()).doesNotContain(insider.id());
        assertThat(acceptance().drawPanel(as("zhengfang"), prelim.id(), 3, "测试结构").panel())
                .extracting(AcceptanceView.Panelist::expertId)
                .containsExactlyInAnyOrderElementsOf(drawn.panel().stream().map(AcceptanceView.Panelist::expertId).toList());

        assertThat(refusal(() -> acceptance().conclude(as("zhengfang"), prelim.id(), LocalDate.of(2026, 11, 25), "结论",
                "zhengfang", LocalDate.of(2026, 12, 31))).fieldErrors()).containsValue("validation.acceptance.uncheckedItems");
        acceptance().recordCheck(as("zhengfang"), prelim.id(), 1, CheckResult.PASS, null);
        assertThat(refusal(() -> acceptance().recordCheck(as("zhengfang"), prelim.id(), 2, CheckResult.FAIL, "")).fieldErrors())
                .containsValue("validation.acceptance.failNeedsNote");
        acceptance().recordCheck(as("zhengfang"), prelim.id(), 2, CheckResult.FAIL, "2号教学楼消防喷淋未通水试验");
        acceptance().recordCheck(as("zhengfang"), prelim.id(), 3, CheckResult.PASS, null);
        assertThat(refusal(() -> acceptance().conclude(as("zhengfang"), prelim.id(), LocalDate.of(2026, 11, 25), "结论",
                "zhengfang", LocalDate.of(2026, 12, 31))).fieldErrors()).containsValue("validation.acceptance.unscoredPanel");
        String[] scores = {"85", "80.5", "90"};
        for (int i = 0; i < 3; i++) {
            acceptance().recordOpinion(as("zhengfang"), prelim.id(), drawn.panel().get(i).expertId(), "基本符合设计要求。",
                    new BigDecimal(scores[i]));
        }
        assertThat(refusal(() -> acceptance().recordOpinion(as("zhengfang"), prelim.id(), insider.id(), "x",
                BigDecimal.TEN)).fieldErrors()).containsValue("validation.acceptance.notOnPanel");
        assertThat(refusal(() -> acceptance().recordOpinion(as("zhengfang"), prelim.id(), drawn.panel().get(0).expertId(),
                "x", new BigDecimal("100.5"))).fieldErrors()).containsValue("validation.acceptance.score");

        AcceptanceView concluded = acceptance().conclude(as("zhengfang"), prelim.id(), LocalDate.of(2026, 11, 25),
                "初步验收基本合格，消防喷淋整改后复验。", "zhengfang", LocalDate.of(2026, 12, 15));
        assertThat(concluded.outcome()).isEqualTo(AcceptanceOutcome.RECTIFY);
        assertThat(concluded.averageScore()).isEqualByComparingTo("85.17");
        assertThat(concluded.rectifications()).singleElement().satisfies(r -> {
            assertThat(r.open()).isTrue();
            assertThat(r.ownerUsername()).isEqualTo("zhengfang");
            assertThat(r.description()).contains("消防设施").contains("喷淋");
        });
        assertThat(acceptance().openRectifications(as("zhaomin"))).extracting(RectificationRow::projectCode).contains("XQ-2025-001");
        assertThat(acceptance().openRectifications(as("sunli"))).isEmpty();

        // final acceptance and the 验收申请 both wait for the open rectification
        AcceptanceView fin = acceptance().plan(as("zhengfang"), schools.id(), AcceptanceKind.FINAL,
                LocalDate.of(2026, 12, 20), null, List.of("整改完成情况", "竣工资料"));
        acceptance().recordCheck(as("zhengfang"), fin.id(), 1, CheckResult.PASS, null);
        acceptance().recordCheck(as("zhengfang"), fin.id(), 2, CheckResult.PASS, null);
        AcceptanceView finPanel = acceptance().drawPanel(as("zhengfang"), fin.id(), 3, null);
        finPanel.panel().forEach(p -> acceptance().recordOpinion(as("zhengfang"), fin.id(), p.expertId(), "同意通过。",
                new BigDecimal("92")));
        assertThat(refusal(() -> acceptance().conclude(as("zhengfang"), fin.id(), LocalDate.of(2026, 12, 20), "通过",
                null, null)).fieldErrors()).containsValue("validation.acceptance.openRectifications");
        assertThat(refusal(() -> core.approvals().submitNew(as("zhengfang"), new RequestDraft(RequestType.ACCEPTANCE,
                schools.id(), "竣工验收申请", "申请竣工验收", null, null))).fieldErrors())
                .containsValue("validation.acceptance.openRectifications");

        RectificationRow open = concluded.rectifications().get(0);
        assertThatThrownBy(() -> acceptance().closeRectification(as("zhaomin"), open.id(), "x", LocalDate.of(2026, 12, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> acceptance().closeRectification(as("zhengfang"), open.id(), " ", LocalDate.of(2026, 12, 10)))
                .fieldErrors()).containsKey("evidence");
        RectificationRow closed = acceptance().closeRectification(as("zhengfang"), open.id(),
                "喷淋通水试验记录 XQ-XF-2026-12", LocalDate.of(2026, 12, 10));
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedBy()).isEqualTo("zhengfang");
        assertThat(refusal(() -> acceptance().closeRectification(as("zhengfang"), open.id(), "again", LocalDate.of(2026, 12, 11)))
                .fieldErrors()).containsValue("validation.acceptance.alreadyClosed");

        // the demo's own open item (监理日志) of the school project must be closed too
        acceptance().openRectifications(as("zhengfang")).stream().filter(x -> x.projectCode().equals("XQ-2025-001"))
                .forEach(x -> acceptance().closeRectification(as("zhengfang"), x.id(), "补齐监理日志", LocalDate.of(2026, 12, 12)));
        AcceptanceView passed = acceptance().conclude(as("zhengfang"), fin.id(), LocalDate.of(2026, 12, 20),
                "竣工验收合格。", null, null);
        assertThat(passed.outcome()).isEqualTo(AcceptanceOutcome.PASSED);
        assertThat(passed.averageScore()).isEqualByComparingTo("92");
        assertThat(refusal(() -> acceptance().recordCheck(as("zhengfang"), fin.id(), 1, CheckResult.FAIL, "x")).fieldErrors())
                .containsValue("validation.acceptance.concluded");
        assertThat(acceptance().list(as("zhaomin"), schools.id())).extracting(AcceptanceView::kind)
                .contains(AcceptanceKind.PRELIMINARY, AcceptanceKind.FINAL);
    }

    @Test
    void aLowPanelAverageFailsTheAcceptance() {
        ProjectSummary p = core.projects().findByCode(as("zhangwei"), "LJ-2026-001");
        for (String name : List.of("甲", "乙", "丙")) {
            acceptance().addExpert(as("zhangwei"), "专家" + name, "市政", "临江某研究院" + name, null);
        }
        AcceptanceView a = acceptance().plan(as("zhangwei"), p.id(), AcceptanceKind.PRELIMINARY, LocalDate.of(2026, 12, 1),
                "另一家公司", List.of("外立面"));
        acceptance().recordCheck(as("zhangwei"), a.id(), 1, CheckResult.PASS, null);
        AcceptanceView panel = acceptance().drawPanel(as("zhangwei"), a.id(), 3, "市政");
        panel.panel().forEach(x -> acceptance().recordOpinion(as("zhangwei"), a.id(), x.expertId(), "质量较差。",
                new BigDecimal("50")));
        assertThat(acceptance().conclude(as("zhangwei"), a.id(), LocalDate.of(2026, 12, 1), "不通过", null, null).outcome())
                .isEqualTo(AcceptanceOutcome.FAILED);
    }

    @Test
    void theFormsSeeOnlyEligibleExpertsAndTheirUndoClearsAResultOrAnOpinion() {
        ProjectSummary schools = core.projects().findByCode(as("zhengfang"), "XQ-2025-001");
        AcceptanceView a = acceptance().plan(as("zhengfang"), schools.id(), AcceptanceKind.PRELIMINARY,
                LocalDate.of(2026, 12, 1), SUPPLIER, List.of("资料", "现场"));
        List<ExpertRow> eligible = acceptance().eligibleExperts(as("zhengfang"), a.id());
        assertThat(eligible).isNotEmpty().noneMatch(e -> e.organisation().replace(" ", "").equals(SUPPLIER));
        ExpertRow first = eligible.get(0);
        acceptance().addPanelist(as("zhengfang"), a.id(), first.id());
        assertThat(acceptance().eligibleExperts(as("zhengfang"), a.id())).doesNotContain(first).hasSize(eligible.size() - 1);
        assertThatThrownBy(() -> acceptance().eligibleExperts(as("zhaomin"), a.id())).isInstanceOf(AccessDeniedException.class);

        acceptance().recordCheck(as("zhengfang"), a.id(), 1, CheckResult.PASS, null);
        acceptance().recordOpinion(as("zhengfang"), a.id(), first.id(), "同意", new BigDecimal("90"));
        AcceptanceView cleared = acceptance().clearCheck(as("zhengfang"), a.id(), 1);
        assertThat(cleared.checks().get(0).result()).isEqualTo(CheckResult.PENDING);
        cleared = acceptance().clearOpinion(as("zhengfang"), a.id(), first.id());
        assertThat(cleared.panel().get(0).score()).isNull();
        assertThat(cleared.panel().get(0).opinion()).isNull();
        assertThat(refusal(() -> acceptance().clearOpinion(as("zhengfang"), a.id(), eligible.get(1).id())).fieldErrors())
                .containsEntry("expert", "validation.acceptance.notOnPanel");
    }
}

package cn.projectdesk.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo organisation comes with requests of every type in every state, consistent with the rules. */
class DemoApprovalsTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static ApprovalService approvals;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        approvals = new ApprovalService(core.database(), ApprovalEffects.standard(),
                new MutableClock(TestFolders.TODAY.atTime(10, 0)));
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static Set<String> codes(List<ApprovalRequestView> views) {
        return views.stream().map(ApprovalRequestView::title).collect(Collectors.toSet());
    }

    @Test
    void everyTypeAndEveryStateIsThere() {
        List<ApprovalRequestView> all = approvals.list(TestFolders.login(core, "zhaomin"));
        assertThat(all).hasSize(11);
        assertThat(all.stream().map(ApprovalRequestView::type).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(RequestType.class));
        Map<RequestStatus, Long> byStatus = all.stream().collect(Collectors.groupingBy(ApprovalRequestView::status,
                Collectors.counting()));
        assertThat(byStatus).containsEntry(RequestStatus.DRAFT, 1L).containsEntry(RequestStatus.PENDING, 6L)
                .containsEntry(RequestStatus.APPROVED, 2L).containsEntry(RequestStatus.REJECTED, 1L)
                .containsEntry(RequestStatus.WITHDRAWN, 1L);
        assertThat(all.stream().filter(r -> r.status() == RequestStatus.PENDING).map(ApprovalRequestView::currentStepName)
                .collect(Collectors.toSet()))
                .contains("科室负责人审核", "财务审核", "分管领导审批", "局长审定（50万元以上）", "分管领导、财务会签");
        assertThat(core.projects().findByCode(TestFolders.login(core, "admin"), "LJ-2026-003").stage())
                .isEqualTo(LifecycleStage.PROPOSAL);
        assertThat(core.audit().verify(TestFolders.login(core, "zhaomin")).intact()).isTrue();
    }

    @Test
    void inboxesDelegationAndOverdueNoticesHaveSomethingToShow() {
        UserSession deputy = TestFolders.login(core, "wangqiang");
        assertThat(codes(approvals.pendingForMe(deputy))).containsExactlyInAnyOrder(
                "市公共卫生应急物资储备库立项申请（修改稿）", "柳河至石桥段排水边沟线位变更", "老旧小区改造预算调整（管网改造增项）");
        assertThat(codes(approvals.pendingForMe(TestFolders.login(core, "liujun"))))
                .containsExactly("老旧小区改造预算调整（管网改造增项）");
        UserSession finance = TestFolders.login(core, "chenjing");
        assertThat(codes(approvals.pendingForMe(finance)))
                .containsExactlyInAnyOrder("智慧政务平台二期合同首付款", "西区中小学校舍安全工程竣工验收申请");
        assertThat(codes(approvals.pendingForMe(TestFolders.login(core, "lina")))).containsExactly("老旧小区改造设计费尾款");
        assertThat(approvals.decidedByMe(deputy)).hasSize(5);
        assertThat(approvals.mine(TestFolders.login(core, "zhangwei"))).hasSize(6);

        assertThat(approvals.overdue(deputy)).extracting(OverdueNotice::title)
                .containsExactly("市公共卫生应急物资储备库立项申请（修改稿）");
        assertThat(approvals.overdue(finance)).extracting(OverdueNotice::title)
                .containsExactly("西区中小学校舍安全工程竣工验收申请");

        // the field officer sees only her office's requests
        Function<String, Set<String>> visible = u -> codes(approvals.list(TestFolders.login(core, u)));
        assertThat(visible.apply("sunli")).containsExactly("柳河至石桥段排水边沟线位变更");
    }
}

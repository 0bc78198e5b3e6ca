package cn.projectdesk.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approval flows on a real demo data folder: chains, countersigns, conditions, refusals, effects, overdue. */
class ApprovalServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static final Map<String, UserSession> SESSIONS = new ConcurrentHashMap<>();

    MutableClock clock;
    ApprovalEffects effects;
    ApprovalService approvals;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @BeforeEach
    void service() {
        clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 9, 30));
        effects = ApprovalEffects.standard();
        approvals = new ApprovalService(core.database(), effects, clock);
    }

    static UserSession as(String username) {
        return SESSIONS.computeIfAbsent(username, u -> TestFolders.login(core, u));
    }

    private ProjectSummary newProject(String creator, String departmentCode, LifecycleStage stage) {
        UserSession user = as(creator);
        UUID dept = core.orgUnits().find(user, departmentCode).orElseThrow().id();
        ProjectDraft minimal = ProjectDraft.minimal(null, "测试项目" + UUID.randomUUID().toString().substring(0, 6),
                ProjectType.OTHER, dept, 2027);
        return core.projects().create(user, new ProjectDraft(null, minimal.name(), minimal.type(), dept, 2027, Set.of(),
                stage, ProjectStatus.ACTIVE, null, null, null, null));
    }

    private static RequestDraft draft(RequestType type, ProjectSummary p, String amount) {
        return new RequestDraft(type, p.id(), type.chineseName() + "：" + p.name(), "申请内容", 
                amount == null ? null : new BigDecimal(amount), null);
    }

    private long changes() {
        return core.database().changeLog().count();
    }

    @Test
    void aProposalGoesThroughChiefDeputyAndDirectorAndMovesTheProjectToProposal() {
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.PLANNING);
        ApprovalRequestView r = approvals.submitNew(as("zhangwei"), draft(RequestType.PROJECT_PROPOSAL, p, "3000000"));
        assertThat(r.code()).matches("LJ-SP2026-\\d{4}");
        assertThat(r.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(r.currentStepName()).isEqualTo("科室负责人审核");
        assertThat(r.waitingFor()).containsExactly("lina");
        assertThat(approvals.route(as("zhangwei"), r.id())).extracting(RouteStep::approvers)
                .containsExactly(List.of("lina"), List.of("wangqiang"), List.of("liujun"));
        assertThat(approvals.pendingForMe(as("lina"))).extracting(ApprovalRequestView::id).contains(r.id());
        assertThat(approvals.pendingForMe(as("wangqiang"))).extracting(ApprovalRequestView::id).doesNotContain(r.id());

        clock.advance(Duration.ofHours(2));
        r = approvals.approve(as("lina"), r.id(), "同意，报分管领导审批。");
        assertThat(r.waitingFor()).containsExactly("wangqiang");
        r = approvals.approve(as("wangqiang"), r.id(), "同意。");
        assertThat(r.currentStepName()).isEqualTo("局长审定");
        assertThat(core.projects().get(as("zhangwei"), p.id()).stage()).isEqualTo(LifecycleStage.PLANNING);
        r = approvals.approve(as("liujun"), r.id(), "同意立项。");
        ApprovalRequestView approved = r;

        assertThat(r.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(r.closedAt()).isNotNull();
        assertThat(core.projects().get(as("zhangwei"), p.id()).stage()).isEqualTo(LifecycleStage.PROPOSAL);
        List<TimelineEntry> history = approvals.history(as("zhaomin"), r.id());
        assertThat(history).extracting(TimelineEntry::type).containsExactly(ActionType.SUBMIT, ActionType.APPROVE,
                ActionType.APPROVE, ActionType.APPROVE);
        assertThat(history).extracting(TimelineEntry::actorName).containsExactly("张伟", "李娜", "王强", "刘军");
        assertThat(history.get(1).opinion()).isEqualTo("同意，报分管领导审批。");
        assertThat(history.get(1).stepName()).isEqualTo("科室负责人审核");
        assertThat(history.get(1).at()).isAfter(history.get(0).at());
        assertThat(approvals.mine(as("zhangwei"))).extracting(ApprovalRequestView::id).contains(r.id());
        assertThat(approvals.decidedByMe(as("lina"))).extracting(ApprovalRequestView::id).contains(r.id());
        assertThat(approvals.pendingForMe(as("liujun"))).extracting(ApprovalRequestView::id).doesNotContain(r.id());
        List<String> audited = new java.util.ArrayList<>();
        core.database().auditLog().forEachInOrder(e -> {
            if (approved.id().toString().equals(e.entityId()) && e.action().startsWith("APPROVAL_")) {
                audited.add(e.action() + " " + e.actor());
            }
        });
        assertThat(audited).containsExactly("APPROVAL_SUBMIT zhangwei", "APPROVAL_APPROVE lina",
                "APPROVAL_APPROVE wangqiang", "APPROVAL_APPROVE liujun");
        assertThat(core.audit().verify(as("zhaomin")).intact()).isTrue();
    }

    @Test
    void theWrongUsersAreRefusedAndNothingChanges() {
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.PLANNING);
        ApprovalRequestView r = approvals.submitNew(as("zhangwei"), draft(RequestType.PROJECT_PROPOSAL, p, "100000"));
        long before = changes();
        // not their turn: the deputy and the director before the chief, finance not on the route
        assertThatThrownBy(() -> approvals.approve(as("wangqiang"), r.id(), "越级")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.approve(as("liujun"), r.id(), "越级")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.approve(as("chenjing"), r.id(), "无关")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.reject(as("wangqiang"), r.id(), "越级驳回")).isInstanceOf(AccessDeniedException.class);
        // no permission to decide at all: the officer, the auditor, the requester himself
        assertThatThrownBy(() -> approvals.approve(as("zhangwei"), r.id(), "自己批")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.approve(as("zhaomin"), r.id(), "审计")).isInstanceOf(AccessDeniedException.class);
        // someone else may not withdraw it; an officer of another office may not even see it or file for the project
        assertThatThrownBy(() -> approvals.withdraw(as("lina"), r.id(), "替他撤回")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.get(as("sunli"), r.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(approvals.list(as("sunli"))).extracting(ApprovalRequestView::id).doesNotContain(r.id());
        assertThatThrownBy(() -> approvals.submitNew(as("sunli"), draft(RequestType.CHANGE_REQUEST, p, "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.submitNew(as("zhaomin"), draft(RequestType.CHANGE_REQUEST, p, "1")))
                .isInstanceOf(AccessDeniedException.class);
        // only the administrator edits flows
        assertThatThrownBy(() -> approvals.saveFlow(as("liujun"), DefaultFlows.of(RequestType.PAYMENT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.delegate(as("zhangwei"), "lina", LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 25), null)).isInstanceOf(AccessDeniedException.class);

        assertThat(changes()).isEqualTo(before);
        ApprovalRequestView unchanged = approvals.get(as("zhangwei"), r.id());
        assertThat(unchanged.version()).isEqualTo(r.version());
        assertThat(unchanged.waitingFor()).containsExactly("lina");
        assertThat(approvals.history(as("zhangwei"), r.id())).hasSize(1);
    }

    @Test
    void theDirectorJoinsOnlyOverFiveHundredThousandYuan() {
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.IMPLEMENTATION);
        ApprovalRequestView small = approvals.submitNew(as("zhangwei"), draft(RequestType.CHANGE_REQUEST, p, "500000.00"));
        ApprovalRequestView large = approvals.submitNew(as("zhangwei"), draft(RequestType.CHANGE_REQUEST, p, "500000.01"));
        assertThat(approvals.route(as("zhangwei"), small.id())).extracting(RouteStep::name)
                .containsExactly("科室负责人审核", "分管领导审批");
        assertThat(approvals.route(as("zhangwei"), large.id())).extracting(RouteStep::name)
                .containsExactly("科室负责人审核", "分管领导审批", "局长审定（50万元以上）");
        approvals.approve(as("lina"), small.id(), "同意");
        assertThat(approvals.approve(as("wangqiang"), small.id(), "同意").status()).isEqualTo(RequestStatus.APPROVED);
        approvals.approve(as("lina"), large.id(), "同意");
        assertThat(approvals.approve(as("wangqiang"), large.id(), "同意").waitingFor()).containsExactly("liujun");
        // payments: finance joins after the section chief
        ApprovalRequestView pay = approvals.submitNew(as("zhangwei"), draft(RequestType.PAYMENT, p, "80000"));
        assertThat(approvals.route(as("zhangwei"), pay.id())).extracting(RouteStep::name)
                .containsExactly("科室负责人审核", "财务审核", "分管领导审批");
        approvals.approve(as("lina"), pay.id(), "同意");
        assertThat(approvals.pendingForMe(as("chenjing"))).extracting(ApprovalRequestView::id).contains(pay.id());
        assertThat(approvals.approve(as("chenjing"), pay.id(), "发票与合同相符，同意支付。").waitingFor())
                .containsExactly("wangqiang");
    }

    @Test
    void aCountersignNeedsEveryApproverAndAnyOneStepNeedsOne() {
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.ACCEPTANCE);
        ApprovalRequestView r = approvals.submitNew(as("zhangwei"), draft(RequestType.ACCEPTANCE, p, null));
        approvals.approve(as("lina"), r.id(), "资料齐全");
        r = approvals.get(as("zhangwei"), r.id());
        assertThat(r.currentStepName()).isEqualTo("分管领导、财务会签");
        assertThat(r.waitingFor()).containsExactly("wangqiang", "chenjing");
        r = approvals.approve(as("wangqiang"), r.id(), "同意");
        assertThat(r.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(r.waitingFor()).containsExactly("chenjing");
        ApprovalRequestView once = r;
        assertThatThrownBy(() -> approvals.approve(as("wangqiang"), once.id(), "再次同意"))
                .isInstanceOf(AccessDeniedException.class);
        r = approvals.approve(as("chenjing"), r.id(), "财务资料齐全");
        assertThat(r.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(core.projects().get(as("zhangwei"), p.id()).stage()).isEqualTo(LifecycleStage.EVALUATION);

        UserSession admin = as("admin");
        FlowDefinition anyOf = new FlowDefinition(RequestType.BUDGET_ADJUSTMENT, "预算调整（或签）", 3, List.of(
                new FlowStepDefinition("领导或签", ApprovalMode.ANY,
                        List.of(ApproverRef.user("wangqiang"), ApproverRef.user("liujun")), null)));
        FlowDefinition before = approvals.flows(admin).stream()
                .filter(f -> f.type() == RequestType.BUDGET_ADJUSTMENT).findFirst().orElseThrow();
        try {
            assertThat(approvals.saveFlow(admin, anyOf)).isEqualTo(anyOf);
            ApprovalRequestView b = approvals.submitNew(as("zhangwei"), draft(RequestType.BUDGET_ADJUSTMENT, p, "20000"));
            assertThat(b.waitingFor()).containsExactly("wangqiang", "liujun");
            assertThat(approvals.approve(as("liujun"), b.id(), "同意").status()).isEqualTo(RequestStatus.APPROVED);
        } finally {
            approvals.saveFlow(admin, before);
        }
    }

    @Test
    void rejectGoesToTheRequesterReturnGoesBackOneStepWithdrawOnlyBeforeADecision() {
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.IMPLEMENTATION);
        UserSession zhang = as("zhangwei");
        ApprovalRequestView r = approvals.submitNew(zhang, draft(RequestType.CHANGE_REQUEST, p, "120000"));
        assertThatThrownBy(() -> approvals.returnToPrevious(as("lina"), r.id(), "无上一步"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsValue("validation.approval.noPreviousStep"));
        assertThatThrownBy(() -> approvals.reject(as("lina"), r.id(), " "))
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsValue("validation.approval.opinionRequired"));

        // return: the deputy sends it back to the chief, whose earlier approval no longer counts
        approvals.approve(as("lina"), r.id(), "同意");
        ApprovalRequestView returned = approvals.returnToPrevious(as("wangqiang"), r.id(), "请补充变更估算依据");
        assertThat(returned.currentStepName()).isEqualTo("科室负责人审核");
        assertThat(returned.waitingFor()).containsExactly("lina");
        assertThatThrownBy(() -> approvals.approve(as("wangqiang"), r.id(), "同意")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.withdraw(zhang, r.id(), "撤回")).isInstanceOf(ValidationException.class);
        approvals.approve(as("lina"), r.id(), "已补充，同意");

        // reject: back to the requester, who revises and resubmits (a new round from the first step)
        ApprovalRequestView rejected = approvals.reject(as("wangqiang"), r.id(), "变更理由不充分");
        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.waitingFor()).isEmpty();
        assertThatThrownBy(() -> approvals.approve(as("wangqiang"), r.id(), "同意")).isInstanceOf(ValidationException.class);
        approvals.revise(zhang, r.id(), new RequestDraft(RequestType.CHANGE_REQUEST, p.id(), "变更申请（修改后）",
                "补充了理由", new BigDecimal("90000"), null));
        ApprovalRequestView again = approvals.submit(zhang, r.id());
        assertThat(again.round()).isEqualTo(2);
        assertThat(again.title()).isEqualTo("变更申请（修改后）");
        assertThat(again.waitingFor()).containsExactly("lina");
        // withdraw before anyone decided in this round
        ApprovalRequestView withdrawn = approvals.withdraw(zhang, r.id(), "项目调整，暂不变更");
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThatThrownBy(() -> approvals.submit(zhang, r.id())).isInstanceOf(ValidationException.class);
        assertThat(approvals.history(zhang, r.id())).extracting(TimelineEntry::type).containsExactly(
                ActionType.SUBMIT, ActionType.APPROVE, ActionType.RETURN, ActionType.APPROVE, ActionType.REJECT,
                ActionType.SUBMIT, ActionType.WITHDRAW);

        // a draft can be withdrawn too; a draft waits for nobody
        ApprovalRequestView d = approvals.draft(zhang, draft(RequestType.PAYMENT, p, "1000"));
        assertThat(d.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(approvals.pendingForMe(as("lina"))).extracting(ApprovalRequestView::id).doesNotContain(d.id());
        assertThat(approvals.withdraw(zhang, d.id(), null).status()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void aDelegateDecidesForTheAwayDirectorOnlyWithinTheWindow() {
        clock.set(LocalDateTime.of(2026, 12, 14, 9, 0)); // after the demo's own delegation ended
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.IMPLEMENTATION);
        ApprovalRequestView r = approvals.submitNew(as("zhangwei"), draft(RequestType.CHANGE_REQUEST, p, "900000"));
        approvals.approve(as("lina"), r.id(), "同意");
        approvals.approve(as("wangqiang"), r.id(), "同意");
        DelegationView away = approvals.delegate(as("liujun"), "wangqiang", LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 16), "外出学习");
        assertThat(approvals.delegations(as("wangqiang"))).extracting(DelegationView::id).contains(away.id());
        assertThat(approvals.pendingForMe(as("wangqiang"))).extracting(ApprovalRequestView::id).contains(r.id());

        clock.set(LocalDateTime.of(2026, 12, 17, 9, 0));
        assertThat(approvals.pendingForMe(as("wangqiang"))).extracting(ApprovalRequestView::id).doesNotContain(r.id());
        assertThatThrownBy(() -> approvals.approve(as("wangqiang"), r.id(), "代批")).isInstanceOf(AccessDeniedException.class);

        clock.set(LocalDateTime.of(2026, 12, 16, 17, 0));
        ApprovalRequestView done = approvals.approve(as("wangqiang"), r.id(), "受刘局长委托，同意。");
        assertThat(done.status()).isEqualTo(RequestStatus.APPROVED);
        TimelineEntry last = approvals.history(as("liujun"), r.id()).get(3);
        assertThat(last.actor()).isEqualTo("wangqiang");
        assertThat(last.onBehalfOf()).isEqualTo("liujun");
        assertThat(last.onBehalfOfName()).isEqualTo("刘军");
        assertThat(approvals.decidedByMe(as("wangqiang"))).extracting(ApprovalRequestView::id).contains(r.id());

        approvals.revokeDelegation(as("liujun"), away.id());
        assertThat(approvals.delegations(as("wangqiang"))).extracting(DelegationView::id).doesNotContain(away.id());
        assertThatThrownBy(() -> approvals.delegate(as("liujun"), "zhangwei", LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 25), null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theEffectIsAppliedInTheApprovingTransactionOrNotAtAll() {
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.PLANNING);
        ApprovalRequestView r = approvals.submitNew(as("zhangwei"), draft(RequestType.PROJECT_PROPOSAL, p, "100000"));
        approvals.approve(as("lina"), r.id(), "同意");
        approvals.approve(as("wangqiang"), r.id(), "同意");
        // meanwhile the project moved on: the final approval's stage check fails, and nothing is written
        ProjectSummary moved = core.projects().get(as("zhangwei"), p.id());
        core.projects().update(as("zhangwei"), p.id(), moved.version(), new ProjectDraft(moved.code(), moved.name(),
                moved.type(), moved.departmentId(), moved.year(), moved.fundingSources(), LifecycleStage.PROCUREMENT,
                moved.status(), null, null, null, null));
        long before = changes();
        assertThatThrownBy(() -> approvals.approve(as("liujun"), r.id(), "同意"))
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsValue("validation.approval.stageMismatch"));
        assertThat(changes()).isEqualTo(before);
        assertThat(approvals.get(as("zhangwei"), r.id()).waitingFor()).containsExactly("liujun");
        assertThat(approvals.history(as("zhangwei"), r.id())).hasSize(3);

        // an effect that writes and then fails leaves neither its write nor the approval behind
        ProjectSummary q = newProject("zhangwei", "LJ-SHK", LifecycleStage.IMPLEMENTATION);
        effects.register(RequestType.CHANGE_REQUEST, (s, request, actor) -> {
            request.getProject().setName("被效果改名");
            s.flush();
            throw ValidationException.of("budget", "validation.money.tooLarge");
        });
        ApprovalRequestView c = approvals.submitNew(as("zhangwei"), draft(RequestType.CHANGE_REQUEST, q, "1000"));
        approvals.approve(as("lina"), c.id(), "同意");
        long beforeChange = changes();
        assertThatThrownBy(() -> approvals.approve(as("wangqiang"), c.id(), "同意")).isInstanceOf(ValidationException.class);
        assertThat(changes()).isEqualTo(beforeChange);
        assertThat(core.projects().get(as("zhangwei"), q.id()).name()).isEqualTo(q.name());
        assertThat(approvals.get(as("zhangwei"), c.id()).status()).isEqualTo(RequestStatus.PENDING);

        // and one that succeeds commits together with the approval
        effects.register(RequestType.CHANGE_REQUEST, (s, request, actor) -> request.getProject().setDescription("变更已批准：" + actor));
        assertThat(approvals.approve(as("wangqiang"), c.id(), "同意").status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(core.projects().get(as("zhangwei"), q.id()).description()).isEqualTo("变更已批准：wangqiang");
    }

    @Test
    void aStepIsOverdueAfterThreeWorkingDaysNotThreeCalendarDays() {
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.IMPLEMENTATION);
        clock.set(LocalDateTime.of(2026, 9, 30, 10, 0)); // Wednesday before the National Day holidays
        ApprovalRequestView r = approvals.submitNew(as("zhangwei"), draft(RequestType.CHANGE_REQUEST, p, "1000"));

        clock.set(LocalDateTime.of(2026, 10, 9, 9, 0)); // nine calendar days, two working days
        assertThat(approvals.overdue(as("lina"))).extracting(OverdueNotice::requestId).doesNotContain(r.id());

        clock.set(LocalDateTime.of(2026, 10, 13, 9, 0)); // 9-30, 10-8, 10-9, 10-10 (make-up Saturday), 10-12
        List<OverdueNotice> late = approvals.overdue(as("lina"));
        OverdueNotice notice = late.stream().filter(n -> n.requestId().equals(r.id())).findFirst().orElseThrow();
        assertThat(notice.workingDaysWaiting()).isEqualTo(5);
        assertThat(notice.dueWorkingDays()).isEqualTo(3);
        assertThat(notice.since()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(notice.stepName()).isEqualTo("科室负责人审核");
        assertThat(notice.waitingFor()).containsExactly("lina");
        assertThat(approvals.overdue(as("zhangwei"))).extracting(OverdueNotice::requestId).contains(r.id());
        assertThat(approvals.overdue(as("wangqiang"))).extracting(OverdueNotice::requestId).doesNotContain(r.id());

        approvals.approve(as("lina"), r.id(), "同意"); // the next step starts its own clock
        assertThat(approvals.overdue(as("wangqiang"))).extracting(OverdueNotice::requestId).doesNotContain(r.id());
    }

    @Test
    void aStepWithoutAnApproverInTheOrgChainIsSkippedAndSaysWhy() {
        // the east field office has no section chief: the chief step is skipped, the deputy decides
        ProjectSummary east = newProject("sunli", "DQ-GCK", LifecycleStage.IMPLEMENTATION);
        ApprovalRequestView r = approvals.submitNew(as("sunli"), draft(RequestType.CHANGE_REQUEST, east, "1000"));
        assertThat(r.waitingFor()).containsExactly("wangqiang");
        List<RouteStep> route = approvals.route(as("sunli"), r.id());
        assertThat(route.get(0).skipReason()).isEqualTo("NO_APPROVER");
        assertThat(route.get(0).approvers()).isEmpty();
        assertThat(approvals.history(as("sunli"), r.id())).extracting(TimelineEntry::type)
                .containsExactly(ActionType.SUBMIT, ActionType.SKIP);
        assertThat(approvals.list(as("wangqiang"))).extracting(ApprovalRequestView::id).contains(r.id());

        // a section chief filing herself does not approve her own request
        ProjectSummary own = newProject("lina", "LJ-SHK", LifecycleStage.IMPLEMENTATION);
        ApprovalRequestView mine = approvals.submitNew(as("lina"), draft(RequestType.CHANGE_REQUEST, own, "1000"));
        assertThat(approvals.route(as("lina"), mine.id()).get(0).skipReason()).isEqualTo("REQUESTER_ONLY");
        assertThat(mine.waitingFor()).containsExactly("wangqiang");

        // a flow nobody in the chain can take is refused at submission, with nothing written
        UserSession admin = as("admin");
        FlowDefinition before = approvals.flows(admin).stream()
                .filter(f -> f.type() == RequestType.ACCEPTANCE).findFirst().orElseThrow();
        try {
            approvals.saveFlow(admin, new FlowDefinition(RequestType.ACCEPTANCE, "仅科室负责人", 3, List.of(
                    new FlowStepDefinition("科室负责人审核", ApprovalMode.ANY, List.of(ApproverRef.role("SECTION_CHIEF")), null))));
            long changes = changes();
            assertThatThrownBy(() -> approvals.submitNew(as("sunli"), draft(RequestType.ACCEPTANCE, east, null)))
                    .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsValue("validation.approval.noApprover"));
            assertThat(changes()).isEqualTo(changes);
        } finally {
            approvals.saveFlow(admin, before);
        }
    }

    @Test
    void editingAFlowLeavesRoutesInProgressAloneAndBadFlowsAreRefused() {
        ProjectSummary p = newProject("zhangwei", "LJ-SHK", LifecycleStage.IMPLEMENTATION);
        ApprovalRequestView inFlight = approvals.submitNew(as("zhangwei"), draft(RequestType.PAYMENT, p, "1000"));
        UserSession admin = as("admin");
        FlowDefinition before = approvals.flows(admin).stream()
                .filter(f -> f.type() == RequestType.PAYMENT).findFirst().orElseThrow();
        assertThat(before.steps()).extracting(FlowStepDefinition::name)
                .containsExactly("科室负责人审核", "财务审核", "分管领导审批", "局长审定（50万元以上）");
        try {
            approvals.saveFlow(admin, new FlowDefinition(RequestType.PAYMENT, "付款（简化）", 5, List.of(
                    new FlowStepDefinition("财务审核", ApprovalMode.ANY, List.of(ApproverRef.user("chenjing")), null))));
            assertThat(approvals.route(as("zhangwei"), inFlight.id())).hasSize(3);
            ApprovalRequestView next = approvals.submitNew(as("zhangwei"), draft(RequestType.PAYMENT, p, "1000"));
            assertThat(next.waitingFor()).containsExactly("chenjing");
            assertThatThrownBy(() -> approvals.saveFlow(admin, new FlowDefinition(RequestType.PAYMENT, "坏", 0, List.of(
                    new FlowStepDefinition("谁", ApprovalMode.ANY, List.of(ApproverRef.user("nobody")), null)))))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> approvals.saveFlow(admin, new FlowDefinition(RequestType.PAYMENT, "坏", 3, List.of(
                    new FlowStepDefinition("谁", ApprovalMode.ANY, List.of(ApproverRef.user("nobody")), null)))))
                    .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsValue("validation.approval.approvers"));
        } finally {
            approvals.saveFlow(admin, before);
        }
        assertThat(approvals.flows(admin).stream().filter(f -> f.type() == RequestType.PAYMENT).findFirst().orElseThrow())
                .isEqualTo(before);
    }
}

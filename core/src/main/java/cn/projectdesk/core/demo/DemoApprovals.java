package cn.projectdesk.core.demo;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.workflow.ApprovalDelegation;
import cn.projectdesk.core.workflow.ApprovalEffects;
import cn.projectdesk.core.workflow.ApprovalEngine;
import cn.projectdesk.core.workflow.ApprovalRequest;
import cn.projectdesk.core.workflow.RequestDraft;
import cn.projectdesk.core.workflow.RequestType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.Session;

/**
 * Approval requests of every type in every state, made by the demo users through the same engine
 * their clicks would use, dated in the past: approved, rejected, withdrawn, a draft, and pending at
 * each kind of step (section chief, finance, deputy, director — delegated while he is away — and a
 * countersign half done), two of them overdue.
 */
final class DemoApprovals {
    private final Session session;
    private final LocalDate today;
    private final int year;
    private final ApprovalEngine engine = new ApprovalEngine(ApprovalEffects.standard(), (s, event) -> {
        // the change capture puts every demo action on the audit chain
    });

    DemoApprovals(Session session, LocalDate today) {
        this.session = session;
        this.today = today;
        this.year = today.getYear();
    }

    void populate() {
        // 立项申请: approved (the river project moves from 谋划 to 立项), withdrawn, pending at the deputy (overdue)
        Project river = project("LJ-" + year + "-003");
        river.setStage(LifecycleStage.PLANNING);
        ApprovalRequest riverProposal = submit("wuhao", river, RequestType.PROJECT_PROPOSAL, "临江河道综合整治工程立项申请",
                "申请将临江河道综合整治工程列入年度政府投资计划并批准立项，项目建议书及投资估算见附件。", "156000000", 30);
        approve("wangqiang", riverProposal, "项目符合城市防洪规划，同意，请局长审定。", 28);
        approve("liujun", riverProposal, "同意立项。", 27);

        Project depot = project("LJ-" + year + "-004");
        ApprovalRequest firstTry = submit("zhangwei", depot, RequestType.PROJECT_PROPOSAL, "市公共卫生应急物资储备库立项申请",
                "申请新建应急物资储备库5,000平方米。", "6800000", 20);
        engine.withdraw(session, firstTry, user("zhangwei"), "投资估算有误，修改后重新申报。", at(19, 10));
        ApprovalRequest depotProposal = submit("zhangwei", depot, RequestType.PROJECT_PROPOSAL,
                "市公共卫生应急物资储备库立项申请（修改稿）",
                "申请新建应急物资储备库5,000平方米及信息化管理系统，投资估算680万元。", "6800000", 10);
        approve("lina", depotProposal, "需求论证充分，同意报分管领导审批。", 9);

        // 预算调整: pending at the director (who is away: the deputy may act for him); a draft
        Project neighbourhoods = project("LJ-" + year + "-001");
        ApprovalRequest adjustment = submit("zhangwei", neighbourhoods, RequestType.BUDGET_ADJUSTMENT,
                "老旧小区改造预算调整（管网改造增项）", "雨污分流管网实际长度超出设计，申请由预备费调入120万元。", "1200000", 6);
        approve("lina", adjustment, "情况属实，同意调整。", 5);
        approve("wangqiang", adjustment, "同意，报局长审定。", 4);
        session.persist(new ApprovalDelegation("liujun", "wangqiang", today.minusDays(1),
                today.plusDays(5), "外出参加省发展改革委培训"));
        Project eGov = project("LJ-" + year + "-002");
        engine.draft(session, user("zhouyang"), eGov, new RequestDraft(RequestType.BUDGET_ADJUSTMENT, eGov.getId(),
                "智慧政务平台二期预算调整（等保测评费）", "等保测评费用超出预算，拟由软件开发费调剂30万元。",
                new BigDecimal("300000"), null), at(2, 16));

        // 变更申请: rejected by the deputy; pending at the deputy for a field office (no section chief there)
        ApprovalRequest change = submit("zhangwei", neighbourhoods, RequestType.CHANGE_REQUEST, "和平新村外立面设计变更",
                "因居民意见调整外墙保温材料，增加投资35万元。", "350000", 15);
        approve("lina", change, "同意。", 14);
        engine.reject(session, change, user("wangqiang"), "变更理由和造价依据不充分，请补充居民意见征询记录和造价审核意见后重新申报。",
                today.minusDays(12), at(12, 15));
        Project roads = project("DQ-" + year + "-001");
        submit("sunli", roads, RequestType.CHANGE_REQUEST, "柳河至石桥段排水边沟线位变更",
                "因避让既有燃气管线，排水边沟线位外移1.5米，增加投资8万元。", "80000", 1);

        // 付款申请: approved through all four steps; pending at finance; returned by finance to the section chief
        ApprovalRequest progressPayment = submit("zhangwei", neighbourhoods, RequestType.PAYMENT,
                "老旧小区改造工程第三期进度款", "按合同约定支付施工单位第三期进度款（完成产值的70%）。", "2860000", 25);
        approve("lina", progressPayment, "工程量已经监理核实，同意支付。", 24);
        approve("chenjing", progressPayment, "发票、监理签证齐全，预算指标充足，同意。", 23);
        approve("wangqiang", progressPayment, "同意。", 22);
        approve("liujun", progressPayment, "同意支付。", 21);
        submit("zhouyang", eGov, RequestType.PAYMENT, "智慧政务平台二期合同首付款", "按合同支付软件开发合同首付款30%。",
                "420000", 4);
        ApprovalRequest designFee = submit("zhangwei", neighbourhoods, RequestType.PAYMENT, "老旧小区改造设计费尾款",
                "支付设计合同尾款。", "150000", 3);
        approve("lina", designFee, "同意。", 3, LocalTime.of(15, 0));
        engine.returnToPrevious(session, designFee, user("chenjing"), "发票金额与合同约定的尾款比例不符，请科室核对。",
                today.minusDays(2), at(2, 11));

        // 验收申请: countersign of the deputy and finance, half done
        Project schools = project("XQ-" + (year - 1) + "-001");
        ApprovalRequest acceptance = submit("zhengfang", schools, RequestType.ACCEPTANCE, "西区中小学校舍安全工程竣工验收申请",
                "5所学校11栋校舍加固及消防改造已完工，申请组织竣工验收。", null, 7);
        approve("wangqiang", acceptance, "工程资料齐全，同意组织验收。", 6);
    }

    private ApprovalRequest submit(String requester, Project project, RequestType type, String title, String content,
                                   String amount, int daysAgo) {
        AppUser user = user(requester);
        Instant at = at(daysAgo, 9, 30);
        ApprovalRequest r = engine.draft(session, user, project, new RequestDraft(type, project.getId(), title, content,
                amount == null ? null : new BigDecimal(amount), null), at);
        engine.submit(session, r, user, at);
        return r;
    }

    private void approve(String approver, ApprovalRequest r, String opinion, int daysAgo) {
        approve(approver, r, opinion, daysAgo, LocalTime.of(14, 30));
    }

    private void approve(String approver, ApprovalRequest r, String opinion, int daysAgo, LocalTime time) {
        engine.approve(session, r, user(approver), opinion, today.minusDays(daysAgo),
                today.minusDays(daysAgo).atTime(time).atZone(ApprovalEngine.ZONE).toInstant());
    }

    private Instant at(int daysAgo, int hour) {
        return at(daysAgo, hour, 0);
    }

    private Instant at(int daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atTime(hour, minute).atZone(ApprovalEngine.ZONE).toInstant();
    }

    private AppUser user(String username) {
        return session.createSelectionQuery("from AppUser where username = :u", AppUser.class)
                .setParameter("u", username).getSingleResult();
    }

    private Project project(String code) {
        return session.createSelectionQuery("from Project where code = :c", Project.class)
                .setParameter("c", code).getSingleResult();
    }
}

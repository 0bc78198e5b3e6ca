package cn.projectdesk.core.demo;

import cn.projectdesk.core.acceptance.Acceptance;
import cn.projectdesk.core.acceptance.AcceptanceCheck;
import cn.projectdesk.core.acceptance.AcceptanceKind;
import cn.projectdesk.core.acceptance.AcceptanceOutcome;
import cn.projectdesk.core.acceptance.AcceptancePanelist;
import cn.projectdesk.core.acceptance.CheckResult;
import cn.projectdesk.core.acceptance.Expert;
import cn.projectdesk.core.acceptance.Rectification;
import cn.projectdesk.core.change.ChangeItem;
import cn.projectdesk.core.change.ChangeItemKind;
import cn.projectdesk.core.change.ChangeKind;
import cn.projectdesk.core.change.ChangeRequest;
import cn.projectdesk.core.library.CandidateDraft;
import cn.projectdesk.core.library.CandidateStatus;
import cn.projectdesk.core.library.LibraryCandidate;
import cn.projectdesk.core.lifecycle.GateConfirmation;
import cn.projectdesk.core.lifecycle.StageTransition;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.performance.IndicatorInput;
import cn.projectdesk.core.performance.IndicatorTemplates;
import cn.projectdesk.core.performance.PerformanceEvaluation;
import cn.projectdesk.core.performance.PerformanceIndicator;
import cn.projectdesk.core.performance.ScoringRule;
import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.workflow.ApprovalEngine;
import cn.projectdesk.core.workflow.ApprovalRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.Session;

/**
 * The lifecycle of the demo portfolio: every project's stage history and some gate confirmations, a
 * project library of candidates, an expert library, the school project's preliminary acceptance with
 * one rectification closed and one open, the impact lines of the pending ditch change, and three
 * self-evaluations (优 98, 良 83.90, 中 68.45) for the comparison.
 */
final class DemoLifecycle {
    private final Session session;
    private final LocalDate today;
    private final int year;

    DemoLifecycle(Session session, LocalDate today) {
        this.session = session;
        this.today = today;
        this.year = today.getYear();
    }

    void populate() {
        stageHistories();
        confirm("LJ-" + year + "-003", LifecycleStage.PROPOSAL, "DOCUMENT:FEASIBILITY_STUDY", "wuhao", 20,
                "可行性研究报告（临江水利设计院，2026年10月）已报审");
        confirm("DQ-" + year + "-001", LifecycleStage.PROCUREMENT, "DOCUMENT:TENDER_DOCUMENTS", "sunli", 40,
                "招标文件 DQGL-ZB-" + year + "-03 已发布");
        confirm("DQ-" + year + "-001", LifecycleStage.PROCUREMENT, "DOCUMENT:BID_EVALUATION", "sunli", 12,
                "评标报告已由评标委员会签字");
        library();
        List<Expert> experts = experts();
        schoolAcceptance(experts);
        ditchChange();
        evaluations();
        session.flush();
    }

    private void stageHistories() {
        for (Project p : session.createSelectionQuery("from Project where deleted = false order by code", Project.class)
                .getResultList()) {
            LocalDate start = p.getPlannedStart();
            LifecycleStage[] all = LifecycleStage.values();
            for (int k = 1; k <= p.getStage().ordinal(); k++) {
                LocalDate on = switch (all[k]) {
                    case PROPOSAL -> start.minusDays(150);
                    case PROCUREMENT -> start.minusDays(75);
                    case IMPLEMENTATION -> start;
                    default -> today.minusDays(20L * (p.getStage().ordinal() - k + 1));
                };
                if (on.isAfter(today)) {
                    on = today.minusDays(27);
                }
                String actor = p.getOwner() == null ? "admin" : p.getOwner().getUsername();
                session.persist(new StageTransition(p, all[k - 1], all[k], on, at(on), actor, null));
            }
        }
    }

    private void confirm(String code, LifecycleStage stage, String key, String by, int daysAgo, String note) {
        session.persist(new GateConfirmation(project(code), stage, key, by, at(today.minusDays(daysAgo)), note));
    }

    private void library() {
        candidate("LJ-SHK", "城西社区嵌入式养老服务中心", ProjectType.LIVELIHOOD, 1, "十四五规划 第九章 健全养老服务体系",
                "8600000", FundingSource.FISCAL_APPROPRIATION, year + 1, "新建嵌入式养老服务中心3处，床位120张。", false);
        candidate("LJ-NJK", "临江灌区续建配套与节水改造", ProjectType.AGRICULTURE_WATER, 1, "十四五规划 第六章 水利基础设施网络",
                "45000000", FundingSource.SPECIAL_BOND, year + 1, "改造干支渠36公里，新增节水灌溉面积2.1万亩。", false);
        candidate("LJ-XXZX", "城市运行管理服务平台", ProjectType.INFORMATIZATION, 2, "十四五数字政府建设规划 任务12",
                "12500000", FundingSource.FISCAL_APPROPRIATION, year + 1, null, false);
        candidate("DQ-GCK", "东区农贸市场提升改造", ProjectType.LIVELIHOOD, 3, "东区十四五商贸发展规划",
                "3200000", FundingSource.SELF_RAISED, year + 1, null, false);
        candidate("LJ-SHK", "全民健身中心二期", ProjectType.LIVELIHOOD, 4, "十四五体育发展规划",
                "26000000", FundingSource.SUPERIOR_SUBSIDY, year + 2, "受用地条件限制，暂缓。", true);
    }

    private void candidate(String dept, String name, ProjectType type, int priority, String plan, String amount,
                           FundingSource source, int proposedYear, String description, boolean shelved) {
        OrgUnit unit = session.createSelectionQuery("from OrgUnit where code = :c", OrgUnit.class).setParameter("c", dept)
                .getSingleResult();
        LibraryCandidate c = new LibraryCandidate(unit, new CandidateDraft(name, unit.getId(), type, priority, plan,
                new BigDecimal(amount + ".00"), source, proposedYear, description));
        if (shelved) {
            c.setStatus(CandidateStatus.SHELVED);
        }
        session.persist(c);
    }

    private List<Expert> experts() {
        List<Expert> list = List.of(
                new Expert("何志远", "结构工程", "临江市建筑设计研究院", "正高级工程师"),
                new Expert("林晓燕", "结构工程", "临江大学土木工程学院", "教授"),
                new Expert("郭永刚", "消防工程", "临江市消防技术服务中心", "高级工程师"),
                new Expert("马丽华", "工程造价", "临江正信工程造价咨询有限公司", "注册造价工程师"),
                new Expert("宋建平", "给排水", "临江水利设计院", "高级工程师"),
                new Expert("韩冰", "信息化", "临江市大数据发展中心", "高级工程师"),
                new Expert("唐国强", "建筑施工", "临江市第二建筑工程有限公司", "总工程师"),
                new Expert("冯静", "工程管理", "临江市建设工程质量安全监督站", "高级工程师"));
        list.forEach(session::persist);
        return list;
    }

    private void schoolAcceptance(List<Expert> experts) {
        Project schools = project("XQ-" + (year - 1) + "-001");
        LocalDate held = today.minusDays(24);
        Acceptance prelim = new Acceptance(schools, AcceptanceKind.PRELIMINARY, held, "临江市第二建筑工程有限公司");
        session.persist(prelim);
        String[][] checks = {{"校舍加固工程完成情况", null}, {"消防设施及疏散通道", "3号教学楼喷淋系统未做通水试验"},
                {"竣工资料及监理日志", "监理日志缺9月份记录"}, {"室外附属工程", null}};
        AcceptanceCheck[] made = new AcceptanceCheck[checks.length];
        for (int i = 0; i < checks.length; i++) {
            made[i] = new AcceptanceCheck(prelim, i + 1, checks[i][0]);
            made[i].record(checks[i][1] == null ? CheckResult.PASS : CheckResult.FAIL, checks[i][1]);
            session.persist(made[i]);
        }
        String[] scores = {"86", "82", "78", "84", "88"};
        // 唐国强 works for the supplier: he is not on the panel
        List<Expert> panel = List.of(experts.get(0), experts.get(1), experts.get(2), experts.get(3), experts.get(7));
        for (int i = 0; i < panel.size(); i++) {
            AcceptancePanelist p = new AcceptancePanelist(prelim, panel.get(i));
            p.record(i == 2 ? "消防喷淋须通水试验合格后复验。" : "加固工程质量符合设计要求，同意通过初步验收，资料补齐后组织竣工验收。",
                    new BigDecimal(scores[i] + ".00"));
            session.persist(p);
        }
        prelim.concluded(held, AcceptanceOutcome.RECTIFY, "初步验收基本合格；消防喷淋和监理资料整改后组织竣工验收。");
        AppUser owner = user("zhengfang");
        Rectification fire = new Rectification(prelim, made[1], "消防设施及疏散通道：3号教学楼喷淋系统未做通水试验", owner,
                held.plusDays(14));
        fire.close("喷淋系统通水试验记录 XQ-XF-" + year + "-031，消防技术服务中心确认", held.plusDays(11), "zhengfang");
        session.persist(fire);
        session.persist(new Rectification(prelim, made[2], "竣工资料及监理日志：监理日志缺9月份记录", owner, today.plusDays(8)));
    }

    private void ditchChange() {
        ApprovalRequest request = session.createSelectionQuery("from ApprovalRequest where title = :t", ApprovalRequest.class)
                .setParameter("t", "柳河至石桥段排水边沟线位变更").getSingleResult();
        Project roads = request.getProject();
        ChangeRequest change = new ChangeRequest(roads, request, ChangeKind.SCHEDULE, "因避让既有燃气管线，排水边沟线位外移1.5米。");
        session.persist(change);
        Task ditch = session.createSelectionQuery("from Task t where t.project = :p and t.deleted = false "
                        + "and not exists (from Task c where c.parent = t) order by t.wbsCode", Task.class)
                .setParameter("p", roads).getResultList().stream().filter(t -> t.getName().equals("柳河至石桥段排水边沟"))
                .findFirst().orElseThrow();
        ChangeItem longer = new ChangeItem(change, 1, ChangeItemKind.TASK_DURATION, ditch, null, ditch.getDurationDays() + 5, null);
        longer.before(ditch.getDurationDays(), ditch.getStart(), ditch.getFinish(), null);
        session.persist(longer);
        BigDecimal budget = roads.getApprovedBudget();
        ChangeItem money = new ChangeItem(change, 2, ChangeItemKind.PROJECT_BUDGET, null, null, null,
                budget.add(new BigDecimal("80000.00")));
        money.before(null, null, null, budget);
        session.persist(money);
    }

    private void evaluations() {
        evaluation("XQ-" + (year - 1) + "-001", year - 1, "zhengfang",
                new String[] {"96", "100", "3", "102", null, null, "92"}, new String[] {null, null, null, null, "13", "12", null},
                "校舍加固按期基本完成，消防整改延误3天。");
        evaluation("LJ-" + year + "-002", year, "zhouyang",
                new String[] {"9", "1", "0", "98", "33", "99.8", "95"}, new String[7], "平台二期按期上线，办事时限压缩33%。");
        evaluation("LJ-" + year + "-001", year, "zhangwei",
                new String[] {"72", "95", "20", "108", null, null, "81"}, new String[] {null, null, null, null, "9", "8", null},
                "改造进度滞后，外立面变更增加投资。");
    }

    private void evaluation(String code, int evalYear, String by, String[] actuals, String[] manual, String summary) {
        Project p = project(code);
        PerformanceEvaluation e = new PerformanceEvaluation(p, evalYear, today.minusDays(5));
        e.setSummary(summary, today.minusDays(5));
        session.persist(e);
        List<IndicatorInput> template = IndicatorTemplates.forType(p.getType());
        for (int i = 0; i < template.size(); i++) {
            PerformanceIndicator ind = new PerformanceIndicator(e, i + 1, template.get(i));
            boolean isManual = template.get(i).rule() == ScoringRule.MANUAL;
            ind.measured(isManual || actuals[i] == null ? null : new BigDecimal(actuals[i]),
                    isManual && manual[i] != null ? new BigDecimal(manual[i]) : null);
            session.persist(ind);
        }
    }

    private Project project(String code) {
        return session.createSelectionQuery("from Project where code = :c", Project.class).setParameter("c", code).getSingleResult();
    }

    private AppUser user(String username) {
        return session.createSelectionQuery("from AppUser where username = :u", AppUser.class).setParameter("u", username)
                .getSingleResult();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(ApprovalEngine.ZONE).toInstant();
    }
}

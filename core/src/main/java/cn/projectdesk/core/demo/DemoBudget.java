package cn.projectdesk.core.demo;

import cn.projectdesk.core.budget.AdjustmentStatus;
import cn.projectdesk.core.budget.BudgetAdjustment;
import cn.projectdesk.core.budget.BudgetLine;
import cn.projectdesk.core.budget.Contract;
import cn.projectdesk.core.budget.CreditCode;
import cn.projectdesk.core.budget.Payment;
import cn.projectdesk.core.budget.PaymentKind;
import cn.projectdesk.core.budget.ProcurementMethod;
import cn.projectdesk.core.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * Budget lines, an approved adjustment, contracts and payments for the demo projects, so that the budget
 * screens have content: the design-and-supervision line of the old-neighbourhood project is committed
 * 12.5 % over, and its construction contract has a supplement of 11.7 % (over the 10 % of art. 49).
 */
final class DemoBudget {
    private final Session session;
    private final LocalDate today;

    DemoBudget(Session session, LocalDate today) {
        this.session = session;
        this.today = today;
    }

    void populate() {
        int y = today.getYear();
        Project p1 = project("LJ-" + y + "-001");
        BudgetLine works = line(p1, "FISCAL_APPROPRIATION", "31005", y, "小区管网及道路改造", "26000000.00", null);
        BudgetLine facade = line(p1, "SPECIAL_BOND", "31005", y, "外墙保温及立面整治", "15000000.00", null);
        BudgetLine design = line(p1, "SUPERIOR_SUBSIDY", "30227", y, "设计及监理", "2400000.00", null);
        line(p1, "FISCAL_APPROPRIATION", "30203", y, "结算审计", "600000.00", null);
        line(p1, "FISCAL_APPROPRIATION", "30227", y, "居民意愿征询及方案公示", "180000.00", "街道办协助组织");
        adjust(facade, "15000000.00", "14200000.00", "外墙保温改用岩棉板，经设计变更核减", "lina");
        Contract build = contract(p1, works, null, "LJ-" + y + "-001-HT01", "城东片区老旧小区改造施工总承包",
                ProcurementMethod.PUBLIC_TENDER, "临江市城建工程有限公司", "91331002MA2H8K3L1", "24800000.00", LocalDate.of(y, 4, 20),
                LocalDate.of(y, 12, 31), LocalDate.of(y + 2, 12, 31));
        contract(p1, works, build, "LJ-" + y + "-001-HT01-BC1", "增加纺织厂宿舍雨污分流工程量（补充合同）",
                ProcurementMethod.SINGLE_SOURCE, "临江市城建工程有限公司", "91331002MA2H8K3L1", "2900000.00", LocalDate.of(y, 8, 10),
                LocalDate.of(y, 12, 31), LocalDate.of(y + 2, 12, 31));
        Contract facadeWorks = contract(p1, facade, null, "LJ-" + y + "-001-HT02", "外墙保温及立面整治施工",
                ProcurementMethod.PUBLIC_TENDER, "浙江江南建设集团有限公司", "913300007109845P2", "13980000.00",
                LocalDate.of(y, 5, 8), LocalDate.of(y, 11, 30), LocalDate.of(y + 5, 11, 30));
        Contract designC = contract(p1, design, null, "LJ-" + y + "-001-HT03", "改造工程设计",
                ProcurementMethod.COMPETITIVE_CONSULTATION, "临江市规划建筑设计院有限公司", "91331002704812935", "1500000.00",
                LocalDate.of(y, 3, 25), LocalDate.of(y, 6, 30), null);
        Contract supervision = contract(p1, design, null, "LJ-" + y + "-001-HT04", "施工监理",
                ProcurementMethod.COMPETITIVE_CONSULTATION, "临江市建设监理咨询有限公司", "91331002MA28E6QX7", "1200000.00",
                LocalDate.of(y, 4, 22), LocalDate.of(y, 12, 31), null);
        pay(build, PaymentKind.ACTUAL, LocalDate.of(y, 5, 6), "7440000.00", "33010026001", "预付款 30%");
        pay(build, PaymentKind.ACTUAL, LocalDate.of(y, 8, 28), "4960000.00", "33010026107", "进度款");
        pay(build, PaymentKind.PLANNED, LocalDate.of(y, 12, 20), "7440000.00", null, "进度款（计划）");
        pay(build, PaymentKind.PLANNED, LocalDate.of(y + 1, 6, 30), "4216000.00", null, "结算款（计划）");
        pay(facadeWorks, PaymentKind.ACTUAL, LocalDate.of(y, 6, 3), "4194000.00", "33010026055", "预付款 30%");
        pay(designC, PaymentKind.ACTUAL, LocalDate.of(y, 7, 15), "1050000.00", "33010026088", "设计费 70%");
        pay(supervision, PaymentKind.ACTUAL, LocalDate.of(y, 9, 30), "480000.00", "33010026140", "监理费");

        Project roads = project("DQ-" + y + "-001");
        line(roads, "FISCAL_APPROPRIATION", "31005", y, "路基路面工程", "20000000.00", null);
        line(roads, "SUPERIOR_SUBSIDY", "31005", y, "交通安全设施", "11200000.00", "省交通运输厅以奖代补");
        line(roads, "FISCAL_APPROPRIATION", "30227", y, "勘察设计及监理", "1550000.00", null);

        Project egov = project("LJ-" + y + "-002");
        BudgetLine software = line(egov, "FISCAL_APPROPRIATION", "31007", y, "平台软件开发", "9800000.00", null);
        line(egov, "FISCAL_APPROPRIATION", "31002", y, "终端设备", "1500000.00", null);
        line(egov, "FISCAL_APPROPRIATION", "30227", y, "等保测评及监理", "1500000.00", null);
        Contract dev = contract(egov, software, null, "LJ-" + y + "-002-HT01", "智慧政务平台二期软件开发",
                ProcurementMethod.COMPETITIVE_CONSULTATION, "临江数智科技有限公司", "91331002MA2J1RXW4", "9350000.00",
                LocalDate.of(y, 5, 18), LocalDate.of(y + 1, 3, 31), LocalDate.of(y + 2, 3, 31));
        pay(dev, PaymentKind.ACTUAL, LocalDate.of(y, 6, 1), "2805000.00", "33010026061", "首付款 30%");
        pay(dev, PaymentKind.ACTUAL, LocalDate.of(y, 10, 15), "1870000.00", "33010026163", "里程碑款 20%");

        Project schools = project("XQ-" + (y - 1) + "-001");
        BudgetLine repair = line(schools, "FISCAL_APPROPRIATION", "30906", y - 1, "校舍加固维修", "8900000.00", null);
        line(schools, "FISCAL_APPROPRIATION", "30227", y - 1, "检测鉴定及监理", "750000.00", null);
        Contract works2 = contract(schools, repair, null, "XQ-" + (y - 1) + "-001-HT01", "西区中小学校舍加固维修施工",
                ProcurementMethod.PUBLIC_TENDER, "临江市第二建筑工程有限公司", "91331002148903726", "8720000.00",
                LocalDate.of(y - 1, 11, 3), LocalDate.of(y, 8, 31), LocalDate.of(y + 1, 8, 31));
        pay(works2, PaymentKind.ACTUAL, LocalDate.of(y - 1, 12, 10), "2616000.00", "33010025310", "预付款 30%");
        pay(works2, PaymentKind.ACTUAL, LocalDate.of(y, 9, 20), "5232000.00", "33010026131", "完工款 60%");
        pay(works2, PaymentKind.PLANNED, LocalDate.of(y + 1, 9, 1), "872000.00", null, "质保金（计划）");
        session.flush();
    }

    private Project project(String code) {
        return session.createSelectionQuery("from Project where code = :c", Project.class).setParameter("c", code).getSingleResult();
    }

    private BudgetLine line(Project p, String source, String code, int year, String item, String amount, String notes) {
        BudgetLine l = new BudgetLine();
        l.setProject(p);
        l.setFundingSource(source);
        l.setEconomicCode(code);
        l.setYear(year);
        l.setItem(item);
        l.setApprovedAmount(new BigDecimal(amount));
        l.setAdjustedAmount(new BigDecimal(amount));
        l.setPaidBefore(new BigDecimal("0.00"));
        l.setNotes(notes);
        session.persist(l);
        return l;
    }

    private void adjust(BudgetLine line, String before, String after, String reason, String approver) {
        BudgetAdjustment a = new BudgetAdjustment();
        a.setLine(line);
        a.setAmountBefore(new BigDecimal(before));
        a.setNewAmount(new BigDecimal(after));
        a.setReason(reason);
        a.setStatus(AdjustmentStatus.APPROVED);
        a.setRequestedBy("zhangwei");
        a.setRequestedAt(today.minusDays(40).atTime(9, 30).toInstant(ZoneOffset.ofHours(8)));
        a.setDecidedBy(approver);
        a.setDecidedAt(today.minusDays(38).atTime(15, 10).toInstant(ZoneOffset.ofHours(8)));
        a.setDecisionNote("同意");
        session.persist(a);
        line.setAdjustedAmount(new BigDecimal(after));
    }

    private Contract contract(Project p, BudgetLine line, Contract original, String no, String title, ProcurementMethod method,
                              String supplier, String credit17, String amount, LocalDate signed, LocalDate termEnd,
                              LocalDate warrantyEnd) {
        Contract c = new Contract();
        c.setProject(p);
        c.setLine(line);
        c.setOriginal(original);
        c.setContractNo(no);
        c.setTitle(title);
        c.setProcurementMethod(method);
        c.setProcurementStart(signed.minusDays(45));
        c.setAwardDate(signed.minusDays(10));
        c.setSupplierName(supplier);
        c.setSupplierCreditCode(credit17 + CreditCode.checkCharacter(credit17));
        c.setAmount(new BigDecimal(amount));
        c.setSigningDate(signed);
        c.setTermStart(signed.plusDays(5));
        c.setTermEnd(termEnd);
        c.setWarrantyEnd(warrantyEnd);
        session.persist(c);
        return c;
    }

    private void pay(Contract c, PaymentKind kind, LocalDate date, String amount, String invoice, String notes) {
        Payment p = new Payment();
        p.setContract(c);
        p.setLine(c.getLine());
        p.setKind(kind);
        p.setDate(date);
        p.setAmount(new BigDecimal(amount));
        p.setInvoiceNo(invoice);
        p.setInvoiceDate(invoice == null ? null : date.minusDays(3));
        p.setNotes(notes);
        session.persist(p);
    }
}

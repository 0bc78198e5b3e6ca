package cn.projectdesk.core.demo;

import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.org.OrgUnitKind;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.PasswordHasher;
import cn.projectdesk.core.security.Role;
import cn.projectdesk.core.security.StandardRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * A realistic demo organisation: a municipal development and reform bureau (发展和改革局) that steers
 * government investment projects of every kind, with two field offices, one user per role and a
 * portfolio of projects in different stages, each with a full WBS.
 */
public final class DemoData {
    public static final String BUREAU_CODE = "LJ";
    public static final String BUREAU_NAME = "临江市发展和改革局";
    /** Shown on the login screen while the demo data is in use. */
    public static final String DEMO_PASSWORD = "Demo2026";

    private final Session session;
    private final OrgUnit bureau;
    private final Map<StandardRole, Role> roles;
    private final WorkCalendar calendar;
    private final LocalDate today;
    private final Map<String, OrgUnit> units = new HashMap<>();
    private final Map<String, AppUser> users = new HashMap<>();

    public DemoData(Session session, OrgUnit bureau, Map<StandardRole, Role> roles, WorkCalendar calendar, LocalDate today) {
        this.session = session;
        this.bureau = bureau;
        this.roles = roles;
        this.calendar = calendar;
        this.today = today;
    }

    /** The demo accounts: username, display name, role. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("zhangwei", "张伟", StandardRole.OFFICER, "LJ-SHK"),
            new DemoAccount("lina", "李娜", StandardRole.SECTION_CHIEF, "LJ-SHK"),
            new DemoAccount("wangqiang", "王强", StandardRole.DEPUTY_DIRECTOR, BUREAU_CODE),
            new DemoAccount("liujun", "刘军", StandardRole.DIRECTOR, BUREAU_CODE),
            new DemoAccount("chenjing", "陈静", StandardRole.FINANCE, BUREAU_CODE),
            new DemoAccount("zhaomin", "赵敏", StandardRole.AUDITOR, BUREAU_CODE),
            new DemoAccount("zhouyang", "周扬", StandardRole.OFFICER, "LJ-XXZX"),
            new DemoAccount("wuhao", "吴昊", StandardRole.OFFICER, "LJ-NJK"),
            new DemoAccount("sunli", "孙丽", StandardRole.OFFICER, "DQ"),
            new DemoAccount("zhengfang", "郑芳", StandardRole.OFFICER, "XQ"));

    public void populate() {
        units.put(BUREAU_CODE, bureau);
        unit("LJ-BGS", "办公室", OrgUnitKind.DEPARTMENT, bureau, 1);
        unit("LJ-TZK", "固定资产投资科", OrgUnitKind.DEPARTMENT, bureau, 2);
        unit("LJ-SHK", "社会发展科", OrgUnitKind.DEPARTMENT, bureau, 3);
        unit("LJ-NJK", "农村经济科", OrgUnitKind.DEPARTMENT, bureau, 4);
        unit("LJ-XXZX", "信息中心", OrgUnitKind.DEPARTMENT, bureau, 5);
        unit("LJ-CWK", "计划财务科", OrgUnitKind.DEPARTMENT, bureau, 6);
        OrgUnit east = unit("DQ", "东区分局", OrgUnitKind.FIELD_OFFICE, bureau, 7);
        unit("DQ-GCK", "东区工程管理科", OrgUnitKind.DEPARTMENT, east, 1);
        OrgUnit west = unit("XQ", "西区分局", OrgUnitKind.FIELD_OFFICE, bureau, 8);
        unit("XQ-GCK", "西区工程管理科", OrgUnitKind.DEPARTMENT, west, 1);

        // One hash for all demo accounts: their shared password is public anyway, and ten slow
        // hashes would make the first start ten times slower.
        String demoHash = PasswordHasher.hash(DEMO_PASSWORD.toCharArray());
        for (DemoAccount account : ACCOUNTS) {
            AppUser user = new AppUser(account.username(), account.displayName(), demoHash,
                    units.get(account.orgUnitCode()), roles.get(account.role()));
            session.persist(user);
            users.put(account.username(), user);
        }

        int year = today.getYear();
        for (DemoProjectSpec spec : DemoPortfolio.projects(year)) {
            Project project = new Project(spec.code(), units.get(spec.departmentCode()));
            project.setName(spec.name());
            project.setType(spec.type());
            project.setYear(spec.start().getYear());
            project.setFundingSources(spec.fundingSources());
            project.setStage(spec.stage());
            project.setStatus(spec.status());
            project.setOwner(users.get(spec.ownerUsername()));
            project.setPlannedStart(spec.start());
            project.setApprovedBudget(spec.budget());
            project.setCalendar(calendar);
            project.setDescription(spec.description());
            session.persist(project);
            new DemoWbsBuilder(session, project).build(spec.wbs());
            session.flush();
            ProjectScheduling.replan(session, project);
            DemoProgress.assignCosts(session, project);
            DemoProgress.saveBaseline(session, project, "批复计划");
            DemoProgress.slip(session, project, today);
            session.flush();
            ProjectScheduling.replan(session, project);
            DemoProgress.apply(session, project, today);
            project.setStatusDate(today);
            project.setPlannedFinish(DemoProgress.finishOf(session, project));
        }
        session.flush();
        new DemoResources(session).populate(bureau, east);
        new DemoBudget(session, today).populate();
        new DemoApprovals(session, today).populate();
        new DemoLifecycle(session, today).populate();
    }

    private OrgUnit unit(String code, String name, OrgUnitKind kind, OrgUnit parent, int order) {
        OrgUnit unit = new OrgUnit(code, name, kind, parent, order);
        session.persist(unit);
        units.put(code, unit);
        return unit;
    }

    /** One demo login. */
    public record DemoAccount(String username, String displayName, StandardRole role, String orgUnitCode) {
    }
}

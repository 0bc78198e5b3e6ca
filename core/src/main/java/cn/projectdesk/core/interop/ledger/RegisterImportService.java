package cn.projectdesk.core.interop.ledger;

import static cn.projectdesk.core.interop.ledger.RegisterColumn.BUDGET;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.CODE;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.DEPARTMENT;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.DESCRIPTION;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.FINISH;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.FUNDING;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.NAME;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.OWNER;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.SEQUENCE;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.STAGE;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.START;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.TYPE;
import static cn.projectdesk.core.interop.ledger.RegisterColumn.YEAR;

import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectDraftValidator;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Imports a project register (项目台账: one project per row) — how offices move years of Excel history in.
 * Same header recognition, row report and all-or-nothing rule as the budget ledger; the projects are
 * created in one transaction, through the change capture like any other edit.
 */
public final class RegisterImportService {
    private static final Headers<RegisterColumn> HEADERS = new Headers<>(RegisterColumn.class, Headers.names(RegisterColumn.class,
            SEQUENCE, new String[] {"序号"},
            NAME, new String[] {"项目名称", "名称"},
            CODE, new String[] {"项目编号", "项目代码", "项目编码", "编号", "代码"},
            DEPARTMENT, new String[] {"责任科室", "承办科室", "主管科室", "科室", "部门", "责任单位", "承办单位", "建设单位"},
            TYPE, new String[] {"项目类型", "项目类别", "类型", "类别"},
            YEAR, new String[] {"年度", "立项年度", "项目年度", "年份"},
            FUNDING, new String[] {"资金来源", "资金性质"},
            BUDGET, new String[] {"总投资", "批复金额", "预算金额", "批复概算", "概算", "投资额", "预算数", "总预算"},
            START, new String[] {"计划开工", "开工日期", "计划开始", "开始日期", "开工时间"},
            FINISH, new String[] {"计划竣工", "竣工日期", "计划完成", "完成日期", "结束日期", "完工时间"},
            STAGE, new String[] {"项目阶段", "阶段", "进展", "状态"},
            OWNER, new String[] {"项目负责人", "负责人", "经办人"},
            DESCRIPTION, new String[] {"建设内容", "项目概况", "备注", "说明"}),
            cols -> cols.containsKey(CODE) && cols.containsKey(NAME) && cols.containsKey(DEPARTMENT));
    private static final Pattern TOTAL = Pattern.compile("合\\s*计|小\\s*计|总\\s*计");
    private static final Pattern YEAR_TEXT = Pattern.compile("^\\s*(\\d{4})\\s*年?度?\\s*$");
    private static final Pattern DATE_TEXT = Pattern.compile("^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$");

    private final Database database;

    public RegisterImportService(Database database) {
        this.database = database;
    }

    /** Reads and checks the register; writes only when {@code write} and no row has a problem. */
    public RegisterImportResult importRegister(UserSession user, Path file, LedgerMapping mapping, boolean write) {
        AccessPolicy.require(user, Permission.PROJECT_CREATE);
        LedgerMapping m = mapping == null ? LedgerMapping.DETECT : mapping;
        Grid grid = StreamingWorkbookReader.read(file, m.sheet());
        if (grid.rows().stream().allMatch(Grid.GridRow::blank)) {
            throw new LedgerFileException("validation.ledger.emptySheet", grid.sheetName(), null);
        }
        Headers.Found<RegisterColumn> found = HEADERS.detect(grid);
        if (!m.columns().isEmpty() || m.headerRow() != null) {
            Map<RegisterColumn, Integer> cols = new EnumMap<>(RegisterColumn.class);
            if (found != null) {
                cols.putAll(found.columns());
            }
            m.columns().forEach((f, letter) -> {
                int index = grid.columns().indexOf(letter.strip().toUpperCase(Locale.ROOT));
                if (index < 0) {
                    throw new LedgerFileException("validation.ledger.badMapping", "column " + letter, null);
                }
                cols.values().remove(index);
                try {
                    cols.put(RegisterColumn.valueOf(f.strip().toUpperCase(Locale.ROOT)), index);
                } catch (IllegalArgumentException e) {
                    throw new LedgerFileException("validation.ledger.badMapping", "unknown field " + f, e);
                }
            });
            int last = m.headerRow() != null ? m.headerRow() : found != null ? found.lastRow() : 1;
            found = HEADERS.given(grid, last, cols);
        }
        if (found == null) {
            throw new LedgerFileException("validation.ledger.noHeader", grid.sheetName(), null);
        }
        Headers.Found<RegisterColumn> header = found;
        Unit budgetUnit = m.unit() != null ? Unit.parse(m.unit()) : header.unitOf(BUDGET);
        List<ColumnMapping> mappings = new ArrayList<>();
        header.columns().forEach((f, c) -> mappings.add(new ColumnMapping(f.name(), grid.columns().get(c),
                header.texts().get(f), f == BUDGET ? budgetUnit.label() : null)));

        return database.inTransaction(user.username(), s -> {
            Map<String, OrgUnit> departments = departments(s, user);
            Map<String, AppUser> users = users(s);
            Set<String> existing = new HashSet<>(s.createSelectionQuery("select code from Project", String.class).getResultList());
            List<RowIssue> issues = new ArrayList<>();
            List<Pending> pending = new ArrayList<>();
            Set<String> codesInFile = new HashSet<>();
            int totals = 0;
            int blank = 0;
            int read = 0;
            for (Grid.GridRow row : grid.rows()) {
                if (row.number() <= header.lastRow()) {
                    continue;
                }
                if (row.blank()) {
                    blank++;
                    continue;
                }
                if (TOTAL.matcher(row.joined()).find() && text(row, header, CODE).isEmpty()) {
                    totals++;
                    continue;
                }
                read++;
                List<RowIssue> rowIssues = new ArrayList<>();
                String code = text(row, header, CODE).toUpperCase(Locale.ROOT);
                String name = text(row, header, NAME);
                OrgUnit dept = null;
                String deptText = text(row, header, DEPARTMENT);
                if (!deptText.isEmpty()) {
                    dept = departments.get(deptText);
                    if (dept == null) {
                        rowIssues.add(issue(grid, header, row, DEPARTMENT, "validation.ledger.unknownDepartment"));
                    }
                }
                ProjectType type = ProjectType.OTHER;
                if (!text(row, header, TYPE).isEmpty()) {
                    type = type(text(row, header, TYPE));
                    if (type == null) {
                        rowIssues.add(issue(grid, header, row, TYPE, "validation.ledger.unknownType"));
                    }
                }
                int year = 0;
                Cell y = cell(row, header, YEAR);
                LocalDate start = date(grid, header, row, START, rowIssues);
                LocalDate finish = date(grid, header, row, FINISH, rowIssues);
                if (y.number() != null && y.number().stripTrailingZeros().scale() <= 0) {
                    year = y.number().intValue();
                } else if (YEAR_TEXT.matcher(y.text()).matches()) {
                    Matcher my = YEAR_TEXT.matcher(y.text());
                    my.matches();
                    year = Integer.parseInt(my.group(1));
                } else if (y.blank() && start != null) {
                    year = start.getYear();
                } else {
                    rowIssues.add(issue(grid, header, row, YEAR, y.blank() ? "validation.required" : "validation.ledger.notAYear"));
                }
                LifecycleStage stage = LifecycleStage.PLANNING;
                ProjectStatus status = ProjectStatus.ACTIVE;
                if (!text(row, header, STAGE).isEmpty()) {
                    stage = stage(text(row, header, STAGE));
                    if (stage == null) {
                        rowIssues.add(issue(grid, header, row, STAGE, "validation.ledger.unknownStage"));
                    } else if (stage == LifecycleStage.ARCHIVED) {
                        status = ProjectStatus.CLOSED;
                    }
                }
                AppUser owner = null;
                if (!text(row, header, OWNER).isEmpty()) {
                    owner = users.get(text(row, header, OWNER));
                    if (owner == null) {
                        rowIssues.add(issue(grid, header, row, OWNER, "validation.ledger.unknownOwner"));
                    }
                }
                BigDecimal budget = null;
                try {
                    budget = Amounts.yuan(cell(row, header, BUDGET), budgetUnit);
                } catch (NumberFormatException e) {
                    rowIssues.add(issue(grid, header, row, BUDGET, "validation.ledger.notANumber"));
                }
                Set<FundingSource> funding = funding(text(row, header, FUNDING));
                String description = text(row, header, DESCRIPTION);
                ProjectDraft draft = new ProjectDraft(code, name, type == null ? ProjectType.OTHER : type,
                        dept == null ? null : dept.getId(), year, funding, stage == null ? LifecycleStage.PLANNING : stage,
                        status, start, finish, budget, description.isEmpty() ? null : description);
                Map<String, String> errors = ProjectDraftValidator.errors(draft);
                if (code.isEmpty()) {
                    errors.put("code", "validation.required");
                } else if (!errors.containsKey("code") && (existing.contains(code) || !codesInFile.add(code))) {
                    errors.put("code", "validation.ledger.duplicateCode");
                }
                errors.forEach((field, key) -> {
                    RegisterColumn c = switch (field) {
                        case "code" -> CODE;
                        case "name" -> NAME;
                        case "department" -> DEPARTMENT;
                        case "year" -> YEAR;
                        case "plannedFinish" -> FINISH;
                        case "approvedBudget" -> BUDGET;
                        case "description" -> DESCRIPTION;
                        default -> TYPE;
                    };
                    boolean already = rowIssues.stream().anyMatch(i -> i.field().equals(c.name()));
                    if (!already) {
                        rowIssues.add(issue(grid, header, row, c, key));
                    }
                });
                if (rowIssues.isEmpty()) {
                    pending.add(new Pending(draft, dept, owner));
                } else {
                    rowIssues.sort(java.util.Comparator.comparing(RowIssue::column));
                    issues.addAll(rowIssues);
                }
            }
            if (read == 0 && issues.isEmpty()) {
                throw new LedgerFileException("validation.ledger.noRows", grid.sheetName(), null);
            }
            List<String> created = new ArrayList<>();
            if (issues.isEmpty() && write) {
                AppUser me = s.get(AppUser.class, user.userId());
                WorkCalendar calendar = s.createSelectionQuery("from WorkCalendar where deleted = false order by id", WorkCalendar.class)
                        .setMaxResults(1).uniqueResult();
                int n = 0;
                for (Pending p : pending) {
                    AccessPolicy.requireInScope(user, Permission.PROJECT_CREATE, p.department.getPath(), p.draft.code());
                    Project project = new Project(p.draft.code(), p.department);
                    ProjectDraft d = p.draft;
                    project.setName(d.name().strip());
                    project.setType(d.type());
                    project.setYear(d.year());
                    project.setFundingSources(d.fundingSources());
                    project.setStage(d.stage());
                    project.setStatus(d.status());
                    project.setPlannedStart(d.plannedStart());
                    project.setPlannedFinish(d.plannedFinish());
                    project.setApprovedBudget(d.approvedBudget());
                    project.setDescription(d.description());
                    project.setOwner(p.owner != null ? p.owner : me);
                    project.setCalendar(calendar);
                    s.persist(project);
                    created.add(project.getCode());
                    if (++n % 500 == 0) {
                        s.flush();
                    }
                }
            }
            return new RegisterImportResult(grid.sheetName(), header.firstRow(), header.lastRow(), budgetUnit.label(),
                    List.copyOf(mappings), read, List.copyOf(issues), List.copyOf(created), totals, blank);
        });
    }

    private record Pending(ProjectDraft draft, OrgUnit department, AppUser owner) {
    }

    private static Map<String, OrgUnit> departments(Session s, UserSession user) {
        Map<String, OrgUnit> m = new HashMap<>();
        for (OrgUnit u : s.createSelectionQuery("from OrgUnit where deleted = false and path like :p", OrgUnit.class)
                .setParameter("p", user.orgPath() + "%").getResultList()) {
            m.put(u.getCode(), u);
            m.putIfAbsent(u.getName(), u);
        }
        return m;
    }

    private static Map<String, AppUser> users(Session s) {
        Map<String, AppUser> m = new HashMap<>();
        for (AppUser u : s.createSelectionQuery("from AppUser where deleted = false", AppUser.class).getResultList()) {
            m.put(u.getUsername(), u);
            m.putIfAbsent(u.getDisplayName(), u);
        }
        return m;
    }

    static ProjectType type(String text) {
        String t = text.strip();
        for (ProjectType p : ProjectType.values()) {
            if (p.name().equalsIgnoreCase(t)) {
                return p;
            }
        }
        Map<String, ProjectType> words = new LinkedHashMap<>();
        words.put("信息", ProjectType.INFORMATIZATION);
        words.put("民生", ProjectType.LIVELIHOOD);
        words.put("农", ProjectType.AGRICULTURE_WATER);
        words.put("水", ProjectType.AGRICULTURE_WATER);
        words.put("教育", ProjectType.EDUCATION_HEALTH);
        words.put("卫生", ProjectType.EDUCATION_HEALTH);
        words.put("医疗", ProjectType.EDUCATION_HEALTH);
        words.put("基建", ProjectType.INFRASTRUCTURE);
        words.put("基础设施", ProjectType.INFRASTRUCTURE);
        words.put("工程", ProjectType.INFRASTRUCTURE);
        words.put("其他", ProjectType.OTHER);
        for (Map.Entry<String, ProjectType> e : words.entrySet()) {
            if (t.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    static LifecycleStage stage(String text) {
        String t = text.strip();
        for (LifecycleStage st : LifecycleStage.values()) {
            if (st.name().equalsIgnoreCase(t)) {
                return st;
            }
        }
        Map<String, LifecycleStage> words = new LinkedHashMap<>();
        words.put("谋划", LifecycleStage.PLANNING);
        words.put("储备", LifecycleStage.PLANNING);
        words.put("前期", LifecycleStage.PLANNING);
        words.put("立项", LifecycleStage.PROPOSAL);
        words.put("招", LifecycleStage.PROCUREMENT);
        words.put("采购", LifecycleStage.PROCUREMENT);
        words.put("实施", LifecycleStage.IMPLEMENTATION);
        words.put("在建", LifecycleStage.IMPLEMENTATION);
        words.put("施工", LifecycleStage.IMPLEMENTATION);
        words.put("验收", LifecycleStage.ACCEPTANCE);
        words.put("评价", LifecycleStage.EVALUATION);
        words.put("运维", LifecycleStage.OPERATION);
        words.put("运营", LifecycleStage.OPERATION);
        words.put("归档", LifecycleStage.ARCHIVED);
        words.put("完工", LifecycleStage.ARCHIVED);
        words.put("竣工", LifecycleStage.ARCHIVED);
        for (Map.Entry<String, LifecycleStage> e : words.entrySet()) {
            if (t.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Set<FundingSource> funding(String text) {
        Set<FundingSource> set = EnumSet.noneOf(FundingSource.class);
        for (String part : text.split("[、,，;；/]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            set.add(p.contains("债") ? FundingSource.SPECIAL_BOND : p.toUpperCase(Locale.ROOT).contains("PPP") || p.contains("社会资本")
                    ? FundingSource.PPP : p.contains("自筹") ? FundingSource.SELF_RAISED : p.contains("上级") ? FundingSource.SUPERIOR_SUBSIDY
                    : p.contains("财政") ? FundingSource.FISCAL_APPROPRIATION : FundingSource.OTHER);
        }
        return set;
    }

    private static LocalDate date(Grid grid, Headers.Found<RegisterColumn> h, Grid.GridRow row, RegisterColumn c,
                                  List<RowIssue> issues) {
        Cell cell = cell(row, h, c);
        if (cell.blank()) {
            return null;
        }
        if (cell.date() != null) {
            return cell.date();
        }
        Matcher m = DATE_TEXT.matcher(cell.text());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // falls through to the issue
            }
        }
        try {
            return LocalDate.parse(cell.text(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            issues.add(issue(grid, h, row, c, "validation.ledger.notADate"));
            return null;
        }
    }

    private static Cell cell(Grid.GridRow row, Headers.Found<RegisterColumn> h, RegisterColumn c) {
        Integer i = h.columns().get(c);
        return i == null ? Cell.BLANK : row.cell(i);
    }

    private static String text(Grid.GridRow row, Headers.Found<RegisterColumn> h, RegisterColumn c) {
        return cell(row, h, c).text();
    }

    private static RowIssue issue(Grid grid, Headers.Found<RegisterColumn> h, Grid.GridRow row, RegisterColumn c, String key) {
        Integer i = h.columns().get(c);
        return new RowIssue(row.number(), i == null ? "" : grid.columns().get(i), h.texts().getOrDefault(c, ""), c.name(), key,
                cell(row, h, c).text());
    }
}

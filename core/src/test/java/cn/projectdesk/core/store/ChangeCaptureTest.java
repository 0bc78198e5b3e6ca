package cn.projectdesk.core.store;

import cn.projectdesk.core.budget.AdjustmentStatus;
import cn.projectdesk.core.budget.BudgetAdjustment;
import cn.projectdesk.core.budget.BudgetCode;
import cn.projectdesk.core.budget.BudgetLine;
import cn.projectdesk.core.budget.CodeListKind;
import cn.projectdesk.core.budget.Contract;
import cn.projectdesk.core.budget.Payment;
import cn.projectdesk.core.budget.PaymentKind;
import cn.projectdesk.core.budget.ProcurementMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.calendar.CalendarException;
import cn.projectdesk.core.calendar.WorkCalendar;
import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.org.OrgUnitKind;
import cn.projectdesk.core.progress.Baseline;
import cn.projectdesk.core.progress.BaselineTask;
import cn.projectdesk.core.project.Dependency;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.schedule.DependencyType;
import cn.projectdesk.core.security.AppUser;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write of every syncable entity lands in the change log, in the same transaction. */
class ChangeCaptureTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** One instance of every persistent type, wired together, created in one unit of work. */
    private List<SyncableEntity> createOneOfEach() {
        return db.inTransaction("tester", s -> {
            Role role = new Role("R1", null, EnumSet.of(Permission.PROJECT_VIEW));
            OrgUnit unit = new OrgUnit("U1", "单位", OrgUnitKind.BUREAU, null, 0);
            AppUser user = new AppUser("u1", "用户", "x", unit, role);
            WorkCalendar cal = new WorkCalendar("日历");
            CalendarException ex = new CalendarException(cal, LocalDate.of(2026, 10, 1), false, "国庆节");
            Project project = new Project("U1-2026-001", unit);
            project.setName("项目");
            project.setType(ProjectType.OTHER);
            project.setYear(2026);
            Task a = new Task(project, null, 0, "A");
            Task b = new Task(project, null, 1, "B");
            Dependency link = new Dependency(project, a, b, DependencyType.FS, 0);
            Baseline baseline = new Baseline(project, "基线", LocalDate.of(2026, 11, 22));
            BaselineTask snapshot = new BaselineTask(baseline, a);
            cn.projectdesk.core.resource.Resource resource = new cn.projectdesk.core.resource.Resource("挖掘机",
                    cn.projectdesk.core.resource.ResourceKind.EQUIPMENT, unit);
            cn.projectdesk.core.resource.Assignment assignment = new cn.projectdesk.core.resource.Assignment(a, resource, 100);
            cn.projectdesk.core.calendar.HolidayDayEntry holiday = new cn.projectdesk.core.calendar.HolidayDayEntry(
                    LocalDate.of(2028, 1, 3), "元旦", true);
            BudgetCode code = new BudgetCode();
            code.setKind(CodeListKind.ECONOMIC_CLASS);
            code.setCode("30298");
            code.setName("自定义科目");
            code.setActive(true);
            BudgetLine line = new BudgetLine();
            line.setProject(project);
            line.setFundingSource("FISCAL_APPROPRIATION");
            line.setEconomicCode("30201");
            line.setYear(2026);
            line.setApprovedAmount(new java.math.BigDecimal("100.00"));
            line.setAdjustedAmount(new java.math.BigDecimal("100.00"));
            line.setPaidBefore(new java.math.BigDecimal("0.00"));
            BudgetAdjustment adjustment = new BudgetAdjustment();
            adjustment.setLine(line);
            adjustment.setAmountBefore(new java.math.BigDecimal("100.00"));
            adjustment.setNewAmount(new java.math.BigDecimal("120.00"));
            adjustment.setReason("理由");
            adjustment.setStatus(AdjustmentStatus.REQUESTED);
            adjustment.setRequestedBy("u1");
            adjustment.setRequestedAt(java.time.Instant.parse("2026-11-01T08:00:00Z"));
            Contract contract = new Contract();
            contract.setProject(project);
            contract.setLine(line);
            contract.setContractNo("HT-1");
            contract.setTitle("合同");
            contract.setProcurementMethod(ProcurementMethod.INQUIRY);
            contract.setSupplierName("供应商");
            contract.setSupplierCreditCode("91350100M000100Y43");
            contract.setAmount(new java.math.BigDecimal("90.00"));
            contract.setSigningDate(LocalDate.of(2026, 5, 1));
            Payment payment = new Payment();
            payment.setContract(contract);
            payment.setLine(line);
            payment.setKind(PaymentKind.ACTUAL);
            payment.setDate(LocalDate.of(2026, 6, 1));
            payment.setAmount(new java.math.BigDecimal("45.00"));
            List<SyncableEntity> all = new ArrayList<>(List.of(role, unit, user, cal, ex, project, a, b, link, baseline,
                    snapshot, resource, assignment, holiday, code, line, adjustment, contract, payment));
            all.addAll(cn.projectdesk.core.workflow.WorkflowEntities.oneOfEach(project, user));
            all.addAll(cn.projectdesk.core.lifecycle.LifecycleEntities.oneOfEach(project, user, all));
            all.addAll(cn.projectdesk.core.risk.OpsEntities.oneOfEach(project));
            all.addAll(cn.projectdesk.core.report.ReportEntities.oneOfEach(all, user));
            all.add(new cn.projectdesk.core.security.TotpEnrolment(user, "sealed", java.time.Instant.parse("2026-11-21T02:00:00Z")));
            all.forEach(s::persist);
            return all;
        });
    }

    @Test
    void everyPersistentTypeIsCapturedOnInsertUpdateAndDelete() {
        List<SyncableEntity> created = createOneOfEach();
        Set<Class<?>> covered = created.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(PersistentTypes.ALL);

        for (SyncableEntity e : created) {
            List<ChangeLogEntry> log = db.changeLog().forEntity(e.getId());
            assertThat(log).as("insert of " + e.getClass().getSimpleName()).hasSize(1);
            assertThat(log.get(0).operation()).isEqualTo(ChangeOperation.INSERT);
            assertThat(log.get(0).actor()).isEqualTo("tester");
            assertThat(log.get(0).nodeId()).isEqualTo(db.nodeId());
            assertThat(log.get(0).hlc()).isPositive();
        }

        for (SyncableEntity e : created) {
            db.runInTransaction("deleter", s -> s.get(e.getClass(), e.getId()).markDeleted());
            List<ChangeLogEntry> log = db.changeLog().forEntity(e.getId());
            assertThat(log).hasSize(2);
            ChangeLogEntry delete = log.get(1);
            assertThat(delete.operation()).isEqualTo(ChangeOperation.DELETE);
            assertThat(delete.actor()).isEqualTo("deleter");
            assertThat(delete.changes()).containsOnlyKeys("deleted");
            assertThat(delete.hlc()).isGreaterThan(log.get(0).hlc());
            SyncableEntity stored = db.read(s -> s.get(e.getClass(), e.getId()));
            assertThat(stored.getHlc()).isEqualTo(delete.hlc());
            assertThat(stored.getUpdatedBy()).isEqualTo("deleter");
        }
    }

    @Test
    void updateRecordsOnlyChangedFieldsWithOldAndNewValues() {
        Project project = (Project) createOneOfEach().get(5);
        db.runInTransaction("editor", s -> {
            Project p = s.get(Project.class, project.getId());
            p.setName("新名称");
            p.setApprovedBudget(new java.math.BigDecimal("1234.50"));
        });
        ChangeLogEntry update = last(db.changeLog().forEntity(project.getId()));
        assertThat(update.operation()).isEqualTo(ChangeOperation.UPDATE);
        assertThat(update.changes()).containsOnlyKeys("name", "approvedBudget");
        assertThat(update.changes().get("name")).isEqualTo(new FieldChange("项目", "新名称"));
        assertThat(update.changes().get("approvedBudget")).isEqualTo(new FieldChange(null, "1234.50"));
    }

    @Test
    void aRolledBackTransactionLeavesNeitherRowsNorLogEntries() {
        long before = db.changeLog().count();
        assertThatThrownBy(() -> db.runInTransaction("tester", s -> {
            s.persist(new WorkCalendar("会回滚"));
            s.flush();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(db.changeLog().count()).isEqualTo(before);
        assertThat(db.<Long>read(s -> s.createSelectionQuery("select count(*) from WorkCalendar", Long.class).getSingleResult()))
                .isZero();
    }

    @Test
    void writesOutsideAUnitOfWorkAreRefused() {
        Project project = (Project) createOneOfEach().get(5);
        assertThatThrownBy(() -> db.read(s -> {
            s.setDefaultReadOnly(false);
            Project p = s.get(Project.class, project.getId());
            p.setName("偷偷修改");
            s.flush();
            return null;
        })).hasStackTraceContaining("write outside a unit of work");
        assertThat(db.<String>read(s -> s.get(Project.class, project.getId()).getName())).isEqualTo("项目");
    }

    @Test
    void hardDeletesOfSyncableRowsAreRefused() {
        WorkCalendar cal = (WorkCalendar) createOneOfEach().get(3);
        long before = db.changeLog().count();
        assertThatThrownBy(() -> db.runInTransaction("tester", s -> {
            CalendarException ex = s.createSelectionQuery("from CalendarException", CalendarException.class).getSingleResult();
            s.remove(ex);
        })).hasStackTraceContaining("hard delete");
        assertThat(db.changeLog().count()).isEqualTo(before);
        assertThat(db.<WorkCalendar>read(s -> s.get(WorkCalendar.class, cal.getId()))).isNotNull();
    }

    @Test
    void concurrentEditsOfTheSameRowFailTheSecondWriter() {
        Project project = (Project) createOneOfEach().get(5);
        List<Throwable> failures = new ArrayList<>();
        // The first writer loads, then the second writer commits in between, then the first flushes.
        Consumer<Session> firstWriter = s -> {
            Project p = s.get(Project.class, project.getId());
            onOtherThread(() -> db.runInTransaction("second", other -> other.get(Project.class, project.getId()).setName("第二人")));
            p.setName("第一人");
        };
        try {
            db.runInTransaction("first", firstWriter);
        } catch (ConcurrentEditException e) {
            failures.add(e);
        }
        assertThat(failures).hasSize(1);
        assertThat(db.<String>read(s -> s.get(Project.class, project.getId()).getName())).isEqualTo("第二人");
    }

    private static void onOtherThread(Runnable work) {
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            executor.submit(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            executor.shutdown();
        }
    }

    private static ChangeLogEntry last(List<ChangeLogEntry> entries) {
        return entries.get(entries.size() - 1);
    }
}

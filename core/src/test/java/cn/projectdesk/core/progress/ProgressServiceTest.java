package cn.projectdesk.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession officer;
    static ProjectSummary renovation;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        officer = TestFolders.login(core, "zhangwei");
        renovation = core.projects().findByCode(officer, "LJ-2026-001");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    void theDemoProjectReportsProgressEarnedValueAndSlippageAgainstItsBaseline() {
        BaselineSummary approved = core.baselines().list(officer, renovation.id()).get(0);
        assertThat(approved.name()).isEqualTo("批复计划");
        ProgressReport report = core.progress().report(officer, renovation.id(), approved.id());
        assertThat(report.statusDate()).isEqualTo(TestFolders.TODAY);
        assertThat(report.rows()).hasSizeGreaterThan(40);
        BigDecimal bac = report.rows().stream().map(r -> r.progress().earnedValue().bac())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(report.totals().earnedValue().bac()).isEqualByComparingTo(bac);
        assertThat(report.totals().earnedValue().bac()).isLessThanOrEqualTo(renovation.approvedBudget());
        assertThat(report.rows()).anySatisfy(r -> assertThat(r.progress().behind()).isTrue());
        assertThat(report.rows()).anySatisfy(r -> assertThat(r.progress().finishVariance()).isPositive());
        assertThat(report.totals().earnedValue().cpi()).isNotNull();
    }

    @Test
    void reportingProgressFillsActualDatesAndIsChangeCaptured() {
        var task = core.tasks().tasks(officer, renovation.id()).stream().filter(t -> !t.summary() && t.percentComplete() == 0)
                .findFirst().orElseThrow();
        long changes = core.database().changeLog().count();
        core.progress().recordProgress(officer, task.id(), new ProgressUpdate(100, null, null, new BigDecimal("1234.5")));
        assertThat(core.database().changeLog().count()).isGreaterThan(changes);
        ProgressReport report = core.progress().report(officer, renovation.id(), null);
        var row = report.rows().stream().filter(r -> r.taskId().equals(task.id())).findFirst().orElseThrow();
        assertThat(row.progress().actualPercent()).isEqualTo(100);
        assertThat(row.progress().earnedValue().ac()).isEqualByComparingTo("1234.50");
    }

    @Test
    void badProgressAndForeignUsersAreRefused() {
        var task = core.tasks().tasks(officer, renovation.id()).get(1);
        assertThatThrownBy(() -> core.progress().recordProgress(officer, task.id(), new ProgressUpdate(101, null, null, null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> core.progress().recordProgress(officer, task.id(),
                new ProgressUpdate(50, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null)))
                .isInstanceOf(ValidationException.class);
        UserSession east = TestFolders.login(core, "sunli");
        assertThatThrownBy(() -> core.progress().report(east, renovation.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.baselines().save(TestFolders.login(core, "zhaomin"), renovation.id(), "审计员基线"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void baselinesAreNamedUniquelyAndSnapshotEveryTask() {
        BaselineSummary saved = core.baselines().save(officer, renovation.id(), "变更后计划");
        assertThat(saved.tasks()).isEqualTo(core.tasks().tasks(officer, renovation.id()).size());
        assertThatThrownBy(() -> core.baselines().save(officer, renovation.id(), "变更后计划"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "validation.baseline.nameTaken"));
        ProgressReport against = core.progress().report(officer, renovation.id(), saved.id());
        assertThat(against.rows()).allSatisfy(r -> assertThat(r.progress().finishVariance()).isZero());
    }
}

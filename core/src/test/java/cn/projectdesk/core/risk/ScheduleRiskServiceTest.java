package cn.projectdesk.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.DurationEstimate;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.schedule.DurationDistribution;
import cn.projectdesk.core.schedule.HistogramBucket;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleRiskServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        officer = TestFolders.login(core, "zhangwei");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private UUID newProject() {
        UUID department = core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id();
        return core.projects().create(officer, new ProjectDraft(null, "风险测试 " + UUID.randomUUID(), ProjectType.OTHER,
                department, 2026, null, LifecycleStage.PLANNING, ProjectStatus.ACTIVE, LocalDate.of(2026, 11, 23), null, null,
                null)).id();
    }

    @Test
    void estimatesAreStoredChangeCapturedAndDriveTheSimulation() {
        UUID project = newProject();
        TaskRow a = core.tasks().addTask(officer, project, null, "设计", 10);
        TaskRow b = core.tasks().addTask(officer, project, a.id(), "施工", 20);
        core.tasks().setPredecessors(officer, b.id(), "1");
        ScheduleRiskReport fixed = core.risk().analyse(officer, project, 500, 1, DurationDistribution.PERT, null);
        assertThat(fixed.estimatedTasks()).isZero();
        assertThat(fixed.p50()).isEqualTo(fixed.plannedFinish()).isEqualTo(fixed.p95());
        assertThat(fixed.probabilityByTarget()).isNull();

        long changes = core.database().changeLog().count();
        assertThat(core.tasks().setEstimate(officer, a.id(), new DurationEstimate(8, 10, 20))).isNull();
        core.tasks().setEstimate(officer, b.id(), new DurationEstimate(15, 20, 40));
        assertThat(core.database().changeLog().count()).isEqualTo(changes + 2);

        LocalDate target = fixed.plannedFinish();
        ScheduleRiskReport r = core.risk().analyse(officer, project, 4000, 42, DurationDistribution.PERT, target);
        assertThat(r.estimatedTasks()).isEqualTo(2);
        assertThat(r.p50()).isAfter(r.plannedFinish());
        assertThat(r.p80()).isAfterOrEqualTo(r.p50());
        assertThat(r.p95()).isAfterOrEqualTo(r.p80());
        assertThat(r.probabilityByTarget()).isBetween(0.0, 0.5);
        assertThat(r.tasks()).extracting(TaskCriticality::criticality).containsOnly(1.0);
        assertThat(r.tasks().get(0).estimate()).isEqualTo(new DurationEstimate(8, 10, 20));
        assertThat(r.histogram().stream().mapToInt(HistogramBucket::count).sum()).isEqualTo(4000);
        ScheduleRiskReport again = core.risk().analyse(officer, project, 4000, 42, DurationDistribution.PERT, target);
        assertThat(again).isEqualTo(r);

        // undo puts the previous estimate back; clearing makes the task fixed again
        assertThat(core.tasks().setEstimate(officer, a.id(), null)).isEqualTo(new DurationEstimate(8, 10, 20));
        assertThat(core.risk().analyse(officer, project, 100, 1, null, null).estimatedTasks()).isEqualTo(1);
    }

    @Test
    void badEstimatesAndForeignUsersAreRefused() {
        UUID project = newProject();
        TaskRow parent = core.tasks().addTask(officer, project, null, "阶段", 0);
        TaskRow child = core.tasks().addTask(officer, project, parent.id(), "工作", 3);
        core.tasks().indent(officer, child.id());
        assertThatThrownBy(() -> new DurationEstimate(5, 3, 9)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsEntry("estimate",
                        "validation.estimate.order"));
        assertThatThrownBy(() -> new DurationEstimate(-1, 3, 9)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> core.tasks().setEstimate(officer, parent.id(), new DurationEstimate(1, 2, 3)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> core.risk().analyse(officer, project, 0, 1, null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> core.risk().analyse(officer, newProject(), 10, 1, null, null))
                .isInstanceOf(ValidationException.class);
        UserSession east = TestFolders.login(core, "sunli");
        assertThatThrownBy(() -> core.risk().analyse(east, project, 10, 1, null, null))
                .isInstanceOf(AccessDeniedException.class);
        UserSession auditor = TestFolders.login(core, "zhaomin");
        assertThatThrownBy(() -> core.tasks().setEstimate(auditor, child.id(), new DurationEstimate(1, 2, 3)))
                .isInstanceOf(AccessDeniedException.class);
    }
}

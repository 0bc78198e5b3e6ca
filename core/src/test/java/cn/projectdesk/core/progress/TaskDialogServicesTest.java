package cn.projectdesk.core.progress;

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
import cn.projectdesk.core.project.TaskConstraint;
import cn.projectdesk.core.project.TaskDetails;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.schedule.ConstraintType;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reads and writes behind the task dialog: details, exact progress restore, remaining duration. */
class TaskDialogServicesTest {
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
        return core.projects().create(officer, new ProjectDraft(null, "任务对话框 " + UUID.randomUUID(), ProjectType.OTHER,
                department, 2026, null, LifecycleStage.PLANNING, ProjectStatus.ACTIVE, LocalDate.of(2026, 11, 23), null, null,
                null)).id();
    }

    @Test
    void detailsShowWhatTheDialogEdits() {
        UUID project = newProject();
        TaskRow phase = core.tasks().addTask(officer, project, null, "阶段", 0);
        TaskRow work = core.tasks().addTask(officer, project, phase.id(), "工作", 5);
        core.tasks().indent(officer, work.id());
        core.tasks().setConstraint(officer, work.id(), new TaskConstraint(ConstraintType.FNLT, LocalDate.of(2026, 12, 18)));
        core.tasks().setEstimate(officer, work.id(), new DurationEstimate(4, 5, 9));
        core.progress().recordProgress(officer, work.id(), new ProgressUpdate(40, LocalDate.of(2026, 11, 24), null, null));

        TaskDetails d = core.tasks().details(officer, work.id());
        assertThat(d.summary()).isFalse();
        assertThat(d.constraint()).isEqualTo(new TaskConstraint(ConstraintType.FNLT, LocalDate.of(2026, 12, 18)));
        assertThat(d.estimate()).isEqualTo(new DurationEstimate(4, 5, 9));
        assertThat(d.percentComplete()).isEqualTo(40);
        assertThat(d.actualStart()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(d.actualFinish()).isNull();
        assertThat(core.tasks().details(officer, phase.id()).summary()).isTrue();
    }

    @Test
    void restorePutsProgressBackExactlyAndValidates() {
        UUID project = newProject();
        TaskRow work = core.tasks().addTask(officer, project, null, "工作", 5);
        core.progress().recordProgress(officer, work.id(), new ProgressUpdate(100, null, null, null));
        assertThat(core.tasks().details(officer, work.id()).actualStart()).isNotNull();

        core.progress().restore(officer, work.id(), new ProgressState(0, null, null));
        TaskDetails d = core.tasks().details(officer, work.id());
        assertThat(d.percentComplete()).isZero();
        assertThat(d.actualStart()).isNull();
        assertThat(d.actualFinish()).isNull();
        assertThatThrownBy(() -> core.progress().restore(officer, work.id(),
                new ProgressState(50, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void remainingDurationKeepsTheWorkDone() {
        RemainingDuration tenDaysAt40 = new RemainingDuration(10, 40);
        assertThat(tenDaysAt40.doneDays()).isEqualTo(4);
        assertThat(tenDaysAt40.remainingDays()).isEqualTo(6);
        assertThat(tenDaysAt40.withRemaining(12)).isEqualTo(new RemainingDuration(16, 25));
        assertThat(tenDaysAt40.withRemaining(0)).isEqualTo(new RemainingDuration(4, 100));
        assertThat(new RemainingDuration(0, 0).withRemaining(3)).isEqualTo(new RemainingDuration(3, 0));
        assertThatThrownBy(() -> tenDaysAt40.withRemaining(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

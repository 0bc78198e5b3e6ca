package cn.projectdesk.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.schedule.ConstraintType;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dragging a bar on the Gantt chart: moveStart sets a constraint (linked) or the start (unlinked), undone by setConstraint. */
class TaskConstraintServiceTest {
    /** Monday. */
    static final LocalDate PROJECT_START = LocalDate.of(2026, 11, 23);
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession officer;
    UUID project;
    TaskRow a;
    TaskRow b;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        officer = TestFolders.login(core, "zhangwei");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @BeforeEach
    void newProject() {
        UUID department = core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id();
        ProjectDraft draft = new ProjectDraft(null, "拖动测试 " + UUID.randomUUID(), ProjectType.OTHER, department, 2026,
                null, LifecycleStage.PLANNING, ProjectStatus.ACTIVE, PROJECT_START, null, null, null);
        project = core.projects().create(officer, draft).id();
        a = core.tasks().addTask(officer, project, null, "A", 5);
        b = core.tasks().addTask(officer, project, a.id(), "B", 3);
    }

    private TaskRow row(UUID id) {
        return core.tasks().tasks(officer, project).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anUnlinkedTaskStartsWhereItIsDroppedAndUndoPutsItBack() {
        assertThat(row(b.id()).start()).isEqualTo(PROJECT_START);
        long changes = core.database().changeLog().count();
        TaskConstraint before = core.tasks().moveStart(officer, b.id(), LocalDate.of(2026, 12, 1));
        assertThat(before).isEqualTo(TaskConstraint.NONE);
        assertThat(row(b.id()).start()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(row(b.id()).finish()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(core.database().changeLog().count()).isGreaterThan(changes);
        assertThat(core.tasks().constraints(officer, project)).containsEntry(b.id(), TaskConstraint.startNoEarlierThan(LocalDate.of(2026, 12, 1)));

        TaskConstraint undone = core.tasks().setConstraint(officer, b.id(), before);
        assertThat(undone.type()).isEqualTo(ConstraintType.SNET);
        assertThat(row(b.id()).start()).isEqualTo(PROJECT_START);
        assertThat(core.tasks().constraints(officer, project)).doesNotContainKey(b.id());

        // Dropped at or before the project start: it starts there, with no constraint left behind.
        core.tasks().moveStart(officer, b.id(), LocalDate.of(2026, 12, 1));
        core.tasks().moveStart(officer, b.id(), LocalDate.of(2026, 11, 10));
        assertThat(row(b.id()).start()).isEqualTo(PROJECT_START);
        assertThat(core.tasks().constraints(officer, project)).doesNotContainKey(b.id());
    }

    @Test
    void aLinkedTaskGetsStartNoEarlierThanAndItsLinksStillHoldIt() {
        core.tasks().setPredecessors(officer, b.id(), "1");
        assertThat(row(b.id()).start()).isEqualTo(LocalDate.of(2026, 11, 30));
        core.tasks().moveStart(officer, b.id(), LocalDate.of(2026, 12, 5)); // Saturday → Monday
        assertThat(row(b.id()).start()).isEqualTo(LocalDate.of(2026, 12, 7));
        core.tasks().moveStart(officer, b.id(), LocalDate.of(2026, 11, 24)); // earlier than A allows
        assertThat(row(b.id()).start()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(core.tasks().constraints(officer, project).get(b.id()))
                .isEqualTo(TaskConstraint.startNoEarlierThan(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void theCriticalPathAnalysisSeesTheSameConstraint() {
        core.tasks().setPredecessors(officer, b.id(), "1");
        core.tasks().moveStart(officer, b.id(), LocalDate.of(2026, 12, 9));
        List<TaskFloat> analysis = core.tasks().analysis(officer, project);
        TaskFloat fb = analysis.stream().filter(f -> f.taskId().equals(b.id())).findFirst().orElseThrow();
        assertThat(fb.earlyStart()).isEqualTo(row(b.id()).start());
        assertThat(fb.earlyFinish()).isEqualTo(row(b.id()).finish());
    }

    @Test
    void summariesBadDatesAndReadersAreRefusedAndNothingChanges() {
        TaskRow c = core.tasks().addTask(officer, project, b.id(), "C", 2);
        core.tasks().indent(officer, c.id()); // B becomes a summary
        long changes = core.database().changeLog().count();
        assertThatThrownBy(() -> core.tasks().moveStart(officer, b.id(), LocalDate.of(2026, 12, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("constraint"));
        assertThatThrownBy(() -> core.tasks().moveStart(officer, c.id(), LocalDate.of(2100, 1, 1)))
                .isInstanceOf(ValidationException.class);
        UserSession auditor = TestFolders.login(core, "zhaomin");
        assertThatThrownBy(() -> core.tasks().moveStart(auditor, c.id(), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.database().changeLog().count()).isEqualTo(changes);
    }
}

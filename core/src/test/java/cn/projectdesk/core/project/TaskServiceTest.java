package cn.projectdesk.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.schedule.DependencyCycleException;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WBS editor's operations, each followed by the undo the app performs. */
class TaskServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession officer;
    UUID project;

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
        ProjectDraft draft = new ProjectDraft(null, "测试项目 " + UUID.randomUUID(), ProjectType.OTHER, department, 2026,
                null, LifecycleStage.PLANNING, ProjectStatus.ACTIVE, java.time.LocalDate.of(2026, 11, 23), null, null, null);
        project = core.projects().create(officer, draft).id();
    }

    private List<TaskRow> rows() {
        return core.tasks().tasks(officer, project);
    }

    private List<String> outline() {
        return rows().stream().map(r -> r.wbsCode() + " " + r.name()).toList();
    }

    @Test
    void addRenameIndentOutdentAndUndoThemAll() {
        TaskRow a = core.tasks().addTask(officer, project, null, "A", 5);
        TaskRow b = core.tasks().addTask(officer, project, a.id(), "B", 3);
        TaskRow c = core.tasks().addTask(officer, project, b.id(), "C", 2);
        assertThat(outline()).containsExactly("1 A", "2 B", "3 C");

        TaskPosition before = core.tasks().indent(officer, b.id());
        assertThat(outline()).containsExactly("1 A", "1.1 B", "2 C");
        assertThat(rows().get(0).summary()).isTrue();
        assertThat(rows().get(0).durationDays()).isEqualTo(3);
        core.tasks().moveTo(officer, b.id(), before);
        assertThat(outline()).containsExactly("1 A", "2 B", "3 C");

        core.tasks().rename(officer, c.id(), "C2");
        assertThat(outline()).contains("3 C2");

        TaskPosition up = core.tasks().moveUp(officer, c.id());
        assertThat(outline()).containsExactly("1 A", "2 C2", "3 B");
        core.tasks().moveTo(officer, c.id(), up);
        assertThat(outline()).containsExactly("1 A", "2 B", "3 C2");
    }

    @Test
    void predecessorsDriveDatesAndACycleChangesNothing() {
        TaskRow a = core.tasks().addTask(officer, project, null, "A", 5);
        TaskRow b = core.tasks().addTask(officer, project, a.id(), "B", 3);
        String previous = core.tasks().setPredecessors(officer, b.id(), "1");
        assertThat(previous).isEmpty();
        TaskRow bAfter = rows().get(1);
        assertThat(bAfter.predecessors()).isEqualTo("1");
        assertThat(bAfter.start()).isAfter(rows().get(0).finish());

        long changes = core.database().changeLog().count();
        assertThatThrownBy(() -> core.tasks().setPredecessors(officer, a.id(), "2"))
                .isInstanceOf(DependencyCycleException.class)
                .hasMessageContaining("A").hasMessageContaining("B");
        assertThat(core.database().changeLog().count()).isEqualTo(changes);
        assertThat(rows().get(0).predecessors()).isEmpty();

        assertThatThrownBy(() -> core.tasks().setPredecessors(officer, b.id(), "9.9"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("predecessors", "validation.predecessors.unknown"));
    }

    @Test
    void deleteTakesTheSubtreeAndItsLinksAndRestoreBringsThemBack() {
        TaskRow a = core.tasks().addTask(officer, project, null, "A", 5);
        TaskRow b = core.tasks().addTask(officer, project, a.id(), "B", 3);
        TaskRow c = core.tasks().addTask(officer, project, b.id(), "C", 2);
        core.tasks().indent(officer, b.id());
        core.tasks().setPredecessors(officer, c.id(), "1.1");
        List<String> before = outline();

        DeletedTasks deleted = core.tasks().delete(officer, a.id());
        assertThat(deleted.taskIds()).hasSize(2);
        assertThat(deleted.linkIds()).hasSize(1);
        assertThat(outline()).containsExactly("1 C");

        core.tasks().restore(officer, deleted);
        assertThat(outline()).isEqualTo(before);
        assertThat(rows().get(2).predecessors()).isEqualTo("1.1");
    }

    @Test
    void badInputIsRefused() {
        TaskRow a = core.tasks().addTask(officer, project, null, "A", 5);
        assertThatThrownBy(() -> core.tasks().rename(officer, a.id(), " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> core.tasks().setDuration(officer, a.id(), -1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> core.tasks().indent(officer, a.id())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> core.tasks().outdent(officer, a.id())).isInstanceOf(ValidationException.class);
        assertThat(outline()).containsExactly("1 A");
    }
}

package cn.projectdesk.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The critical-path engine agrees with the WBS editor's dates, and names a critical chain. */
class PlanAnalysisTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession admin;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        admin = TestFolders.login(core, "admin");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    void earlyDatesAgreeWithTheEditorAndTheCriticalPathReachesTheFinish() {
        for (ProjectSummary p : core.projects().list(admin)) {
            List<TaskRow> rows = core.tasks().tasks(admin, p.id());
            Map<UUID, TaskFloat> floats = core.tasks().analysis(admin, p.id()).stream()
                    .collect(Collectors.toMap(TaskFloat::taskId, Function.identity()));
            for (TaskRow r : rows) {
                TaskFloat f = floats.get(r.id());
                if (!r.milestone()) {
                    assertThat(f.earlyStart()).as(p.code() + " " + r.wbsCode() + " start").isEqualTo(r.start());
                    assertThat(f.earlyFinish()).as(p.code() + " " + r.wbsCode() + " finish").isEqualTo(r.finish());
                }
                assertThat(f.totalFloatDays()).isGreaterThanOrEqualTo(0);
                assertThat(f.lateStart()).isAfterOrEqualTo(f.earlyStart());
            }
            var last = rows.stream().filter(r -> !r.summary()).max(java.util.Comparator.comparing(TaskRow::finish)).orElseThrow();
            assertThat(floats.get(last.id()).critical()).as(p.code() + " last task is critical").isTrue();
        }
    }
}

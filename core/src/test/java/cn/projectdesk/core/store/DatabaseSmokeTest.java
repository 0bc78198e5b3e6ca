package cn.projectdesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSmokeTest {
    @TempDir
    Path dir;

    @Test
    void demoDataLoadsAndIsCaptured() {
        try (CoreServices core = TestFolders.demo(dir)) {
            var admin = TestFolders.login(core, "admin");
            var projects = core.projects().list(admin);
            assertThat(projects).hasSizeGreaterThanOrEqualTo(5);
            for (var p : projects) {
                var tasks = core.tasks().tasks(admin, p.id());
                System.out.println(p.code() + " " + p.name() + " tasks=" + tasks.size() + " " + p.plannedStart() + ".." + p.plannedFinish());
                assertThat(tasks.size()).isBetween(30, 300);
            }
            assertThat(core.database().changeLog().count()).isGreaterThan(100);
        }
    }
}

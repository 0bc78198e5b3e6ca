package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.setup.SetupRequest;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.ChangeOperation;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.core.store.FieldVersion;
import cn.projectdesk.core.store.MergeConflict;
import cn.projectdesk.core.store.MergeDecision;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code projectdesk conflicts resolve ID --keep mine} on a project code the server gave to another
 * project (ADR 32): bad input (exit 2) with the sentence naming the code and that project, the conflict
 * still open. In this JVM, like {@link LauncherProcess#run}, without a sync server: the server's rename
 * is applied as the pulled change it is.
 */
class ConflictsResolveTest {
    @TempDir
    Path dir;

    @Test
    void keepMineOnATakenCodeIsBadInputNamingTheProjectThatHoldsIt() {
        Path data = dir.resolve("data");
        UUID conflictId;
        try (CoreServices core = CoreServices.open(data)) {
            core.setup().initialize(SetupRequest.plain("Admin2026".toCharArray(), "LJ", "临江市发展和改革局"));
            UserSession admin = core.authentication().login("admin", "Admin2026".toCharArray());
            UUID office = core.orgUnits().find(admin, "LJ").orElseThrow().id();
            ProjectSummary ours = core.projects().create(admin,
                    ProjectDraft.minimal("LJ-2026-903", "乙办公室项目", ProjectType.OTHER, office, 2026));
            long hlc = Long.MAX_VALUE / 2;
            UUID changeId = UUID.randomUUID();
            ChangeLogEntry rename = new ChangeLogEntry(0, changeId, "Project", ours.id(), ChangeOperation.UPDATE,
                    Map.of("code", new FieldChange("LJ-2026-903", "LJ-2026-903-2")), "sync", hlc, "hq-server", Instant.now());
            MergeConflict kept = new MergeConflict("Project", ours.id(), "code", MergeConflict.ConflictKind.FIELD, false,
                    new FieldVersion("LJ-2026-903-2", hlc, "hq-server", changeId),
                    new FieldVersion("LJ-2026-903", 1, core.database().nodeId(), null), true);
            core.database().replication().apply(List.of(rename),
                    (local, remote) -> new MergeDecision(Map.of("code", "LJ-2026-903-2"), List.of(kept)));
            core.projects().create(admin, ProjectDraft.minimal("LJ-2026-903", "甲办公室项目", ProjectType.OTHER, office, 2026));
            conflictId = core.conflicts().list(admin, true).get(0).id();
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ProjectDeskCommand.run(new String[] {"--data-dir", data.toString(), "--user", "admin", "conflicts",
                "resolve", conflictId.toString(), "--keep", "mine"}, Map.of(CliSession.PASSWORD_VARIABLE, "Admin2026"),
                new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).as(err.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("LJ-2026-903", "甲办公室项目").doesNotContain("Exception");
        try (CoreServices core = CoreServices.open(data)) {
            UserSession admin = core.authentication().login("admin", "Admin2026".toCharArray());
            assertThat(core.conflicts().list(admin, true)).extracting(c -> c.id()).containsExactly(conflictId);
            assertThat(core.projects().findByCode(admin, "LJ-2026-903-2").name()).isEqualTo("乙办公室项目");
        }
    }
}

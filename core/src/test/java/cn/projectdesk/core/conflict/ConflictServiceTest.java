package cn.projectdesk.core.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.budget.CodeListKind;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.NewUser;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.setup.SetupRequest;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.ChangeOperation;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.core.store.FieldVersion;
import cn.projectdesk.core.store.MergeConflict;
import cn.projectdesk.core.store.MergeDecision;
import cn.projectdesk.core.store.Replication;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Keep mine" on a value that another record now holds under a unique index (ADR 32): the server renamed
 * this office's project code because another project claimed it first. Core refuses before writing,
 * naming the holder; the conflict stays open and nothing reaches the change log.
 */
class ConflictServiceTest {
    private static final String HQ = "hq-server";

    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession admin;
    static UUID office;

    @BeforeAll
    static void setUp() {
        core = CoreServices.open(dir); // no demo data: the set-up alone takes a fraction of the time
        core.setup().initialize(SetupRequest.plain(TestFolders.ADMIN_PASSWORD.clone(), "LJ", "临江市发展和改革局"));
        admin = TestFolders.login(core, "admin");
        office = core.orgUnits().find(admin, "LJ").orElseThrow().id();
        core.users().create(admin, new NewUser("lina", "李娜", office, "OFFICER", "Start2026".toCharArray()));
        core.users().create(admin, new NewUser("wangqiang", "王强", office, "OFFICER", "Start2026".toCharArray()));
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    void keepMineOnACodeTheServerRenamedIsRefusedNamingTheProjectThatHoldsIt() {
        String code = "LJ-2026-901";
        ProjectSummary ours = core.projects().create(admin,
                ProjectDraft.minimal(code, "乙办公室项目", ProjectType.OTHER, office, 2026));
        ConflictRow conflict = serverRenames("Project", ours.id(), "code", code, code + "-2");
        ProjectSummary first = core.projects().create(admin,
                ProjectDraft.minimal(code, "甲办公室项目", ProjectType.OTHER, office, 2026));
        long logBefore = logSize();

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> core.conflicts().resolve(admin, conflict.id(), Replication.Resolution.KEEP_MINE));

        assertThat(refused.fieldErrors()).containsExactly(Map.entry("code", "validation.conflict.taken.projectCode"));
        assertThat(refused.arguments()).containsExactly(code, first.name());
        assertThat(core.projects().get(admin, ours.id()).code()).isEqualTo(code + "-2");
        assertThat(open()).extracting(ConflictRow::id).contains(conflict.id());
        assertThat(logSize()).isEqualTo(logBefore);

        // the server's code can still be kept, which closes the conflict
        core.conflicts().resolve(admin, conflict.id(), Replication.Resolution.KEEP_THEIRS);
        assertThat(open()).extracting(ConflictRow::id).doesNotContain(conflict.id());
    }

    @Test
    void keepMineOnAnyOtherUniqueFieldIsRefusedTheSameWay() {
        UUID lina = userId("lina");
        ConflictRow conflict = serverRenames("AppUser", lina, "username", "wangqiang", "lina");

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> core.conflicts().resolve(admin, conflict.id(), Replication.Resolution.KEEP_MINE));

        assertThat(refused.fieldErrors()).containsExactly(Map.entry("username", "validation.conflict.taken.username"));
        assertThat(refused.arguments()).containsExactly("wangqiang",
                core.database().replication().values("AppUser", userId("wangqiang")).get("displayName"));
        assertThat(core.database().replication().values("AppUser", lina)).containsEntry("username", "lina");
        assertThat(open()).extracting(ConflictRow::id).contains(conflict.id());
    }

    @Test
    void aCompositeUniqueIndexComparesTheRowsOwnOtherColumns() {
        core.budget().codes().save(admin, CodeListKind.ECONOMIC_CLASS, "302", "商品和服务支出", true);
        core.budget().codes().save(admin, CodeListKind.ECONOMIC_CLASS, "30299", "其他商品和服务支出", true);
        core.budget().codes().save(admin, CodeListKind.FUNDING_SOURCE, "LOCAL_FUND", "区级配套", true);
        UUID economic = budgetCodeId("ECONOMIC_CLASS", "30299");
        UUID funding = budgetCodeId("FUNDING_SOURCE", "LOCAL_FUND");
        ConflictRow sameList = serverRenames("BudgetCode", economic, "code", "302", "30299");
        ConflictRow otherList = serverRenames("BudgetCode", funding, "code", "302", "LOCAL_FUND");

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> core.conflicts().resolve(admin, sameList.id(), Replication.Resolution.KEEP_MINE));
        assertThat(refused.fieldErrors()).containsExactly(Map.entry("code", "validation.conflict.taken"));
        assertThat(refused.arguments()).containsExactly("302", "商品和服务支出");

        // (list, code) is the unique pair: 302 in the funding list collides with nothing
        core.conflicts().resolve(admin, otherList.id(), Replication.Resolution.KEEP_MINE);
        assertThat(core.database().replication().values("BudgetCode", funding)).containsEntry("code", "302");
    }

    @Test
    void keepMineOnAFreeValueStillWrites() {
        ProjectSummary ours = core.projects().create(admin,
                ProjectDraft.minimal("LJ-2026-902", "丙办公室项目", ProjectType.OTHER, office, 2026));
        ConflictRow conflict = serverRenames("Project", ours.id(), "code", "LJ-2026-902", "LJ-2026-902-2");

        String before = core.conflicts().resolve(admin, conflict.id(), Replication.Resolution.KEEP_MINE);

        assertThat(before).isEqualTo("LJ-2026-902-2");
        assertThat(core.projects().get(admin, ours.id()).code()).isEqualTo("LJ-2026-902");
    }

    /**
     * A pulled change of the server's that sets {@code field} to {@code theirs}, with the conflict the
     * merge keeps for this node's {@code mine} (what a push answer's correction does, ADR 26).
     */
    private static ConflictRow serverRenames(String type, UUID id, String field, String mine, String theirs) {
        long hlc = Long.MAX_VALUE / 2;
        UUID changeId = UUID.randomUUID();
        ChangeLogEntry change = new ChangeLogEntry(0, changeId, type, id, ChangeOperation.UPDATE,
                Map.of(field, new FieldChange(mine, theirs)), "sync", hlc, HQ, Instant.now());
        MergeConflict kept = new MergeConflict(type, id, field, MergeConflict.ConflictKind.FIELD, false,
                new FieldVersion(theirs, hlc, HQ, changeId), new FieldVersion(mine, 1, core.database().nodeId(), null), true);
        core.database().replication().apply(List.of(change), (local, remote) -> new MergeDecision(Map.of(field, theirs),
                List.of(kept)));
        return open().stream().filter(c -> c.entityId().equals(id) && c.field().equals(field)).reduce((a, b) -> b)
                .orElseThrow();
    }

    private static List<ConflictRow> open() {
        return core.conflicts().list(admin, true);
    }

    private static UUID userId(String username) {
        return core.database().replication().ids("AppUser").stream()
                .filter(u -> username.equals(core.database().replication().values("AppUser", u).get("username")))
                .findFirst().orElseThrow();
    }

    private static UUID budgetCodeId(String kind, String code) {
        return core.database().replication().ids("BudgetCode").stream().filter(id -> {
            Map<String, String> values = core.database().replication().values("BudgetCode", id);
            return kind.equals(values.get("kind")) && code.equals(values.get("code"));
        }).findFirst().orElseThrow();
    }

    private static long logSize() {
        return core.database().replication().outgoingCount(0);
    }
}

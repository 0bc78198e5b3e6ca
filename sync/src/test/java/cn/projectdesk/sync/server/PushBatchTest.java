package cn.projectdesk.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.clock.TimeOrderedUuid;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.protocol.PushResponse;
import cn.projectdesk.sync.protocol.WireChange;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batched push ({@link PushBatch}): pushes larger than one IN list and one multi-row insert keep every
 * guarantee of the change-by-change push — rows created, edited and referenced within one push, repeats
 * inside a push and across pushes, codes claimed twice in one push, conflicts, and a refusal that leaves
 * nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushBatchTest {
    private static final int MANY = PushBatch.IN_CHUNK + PushBatch.ROWS_PER_INSERT + 7; // several chunks + a remainder

    // one server for the class (starting one costs seconds): every test uses its own ids and codes
    @TempDir
    static Path dir; // static: injected before @BeforeAll
    private HqFixture hq;
    private DeviceIdentity ks1;
    private String ks1Unit;
    private String ks2Unit;
    private long hlc = System.currentTimeMillis() << 16;

    /** The server's database: embedded H2 here, PostgreSQL in {@link PushBatchPostgresTest}. */
    String jdbcUrl(Path serverDir) throws Exception {
        return ServerStore.defaultUrl(serverDir);
    }

    String user() {
        return "sa";
    }

    @BeforeAll
    void start() throws Exception {
        hq = new HqFixture(dir.resolve("server"), ServerSettings.defaults(0).withHost("127.0.0.1")
                .withLimits(1024 * 1024, 10_000, 10_000), jdbcUrl(dir.resolve("server")), user());
        hq.device("ks1-batch", "KS1");
        ks1 = hq.ledger.device(serial("ks1-batch"));
        ks1Unit = hq.ledger.orgUnitId("KS1").orElseThrow().toString();
        ks2Unit = hq.ledger.orgUnitId("KS2").orElseThrow().toString();
    }

    @AfterAll
    void stop() throws Exception {
        if (hq != null) { // null when the database was not there (PostgreSQL skipped)
            hq.close();
        }
    }

    @Test
    void rowsCreatedEditedAndReferencedInOnePushAreMergedAndWrittenOnce() {
        long fromHlc = hlc;
        List<WireChange> push = new ArrayList<>();
        List<UUID> projects = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            UUID id = TimeOrderedUuid.next();
            projects.add(id);
            push.add(project(id, "BT-" + i, ks1Unit, "node-seq"));
        }
        UUID edited = projects.get(3);
        push.add(change("Project", edited, "UPDATE", Map.of("name", new FieldChange("项目 BT-3", "改名一次")), "node-seq"));
        push.add(change("Project", edited, "UPDATE", Map.of("name", new FieldChange("改名一次", "改名两次")), "node-seq"));
        push.add(push.get(0)); // the same change twice in one push: stored once
        UUID task = TimeOrderedUuid.next();
        Map<String, FieldChange> taskFields = new LinkedHashMap<>();
        taskFields.put("name", new FieldChange(null, "现场踏勘"));
        taskFields.put("project", new FieldChange(null, projects.get(MANY - 1).toString()));
        push.add(change("Task", task, "INSERT", taskFields, "node-seq"));

        long before = hq.ledger.count("server_change");
        PushResponse first = hq.ledger.push(ks1, push);

        assertThat(first.accepted()).isEqualTo(MANY + 3);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.corrections()).isEmpty();
        assertThat(hq.ledger.values(edited)).containsEntry("name", "改名两次").containsEntry("code", "BT-3");
        assertThat(hq.ledger.values(projects.get(MANY - 1))).containsEntry("code", "BT-" + (MANY - 1));
        assertThat(hq.ledger.values(edited)).hasSize(5); // each field once, however often it changed in the push
        // the task's scope came from a project stored earlier in the same push: KS1's device may pull it
        assertThat(hq.ledger.ids("Task", ks1.scopePath())).containsExactly(task);
        List<Long> seqs = seqs("node-seq", fromHlc);
        assertThat(seqs).hasSize(MANY + 3).isSorted();

        PushResponse again = hq.ledger.push(ks1, push);
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(push.size());
        assertThat(hq.ledger.count("server_change")).isEqualTo(before + MANY + 3);
    }

    @Test
    void editsOfStoredRowsUpdateTheirFieldsAndKeepTheLoserAsAConflict() {
        List<WireChange> create = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            create.add(project(TimeOrderedUuid.next(), "UP-" + i, ks1Unit, "node-a"));
        }
        hq.ledger.push(ks1, create);
        long conflicts = hq.ledger.count("server_conflict");
        List<WireChange> edits = new ArrayList<>();
        for (WireChange created : create) {
            edits.add(change("Project", created.entityId(), "UPDATE",
                    Map.of("name", new FieldChange(created.changes().get("name").newValue(), "新名 " + created.entityId())),
                    "node-a"));
        }
        // an older edit of the same field from another node: loses by HLC, and its value is kept as a conflict
        WireChange target = create.get(MANY / 2);
        edits.add(new WireChange(0, TimeOrderedUuid.next(), "Project", target.entityId(), "UPDATE",
                Map.of("name", new FieldChange(target.changes().get("name").newValue(), "旧的改名")), "tester",
                target.hlc() + 1, "node-b"));

        PushResponse result = hq.ledger.push(ks1, edits);

        assertThat(result.accepted()).isEqualTo(MANY + 1);
        for (WireChange created : create) {
            assertThat(hq.ledger.values(created.entityId())).containsEntry("name", "新名 " + created.entityId());
        }
        assertThat(hq.ledger.count("server_conflict")).isEqualTo(conflicts + 1);
        assertThat(hq.ledger.conflictLosers()).contains(edits.get(edits.size() - 1).changeId());
    }

    @Test
    void aCodeClaimedTwiceInOnePushIsRenamedAndTheCorrectionIsHandedOutAgainOnARepeat() {
        List<WireChange> push = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            push.add(project(TimeOrderedUuid.next(), "CC-" + i, ks1Unit, "node-a"));
        }
        WireChange rival = project(TimeOrderedUuid.next(), "CC-10", ks1Unit, "node-b");
        WireChange thirdRival = project(TimeOrderedUuid.next(), "CC-10", ks1Unit, "node-c");
        push.add(rival);
        push.add(thirdRival);

        PushResponse first = hq.ledger.push(ks1, push);

        assertThat(first.corrections()).hasSize(2);
        assertThat(first.corrections()).allSatisfy(c -> assertThat(c.seq()).isPositive());
        assertThat(hq.ledger.values(rival.entityId())).containsEntry("code", "CC-10-2");
        assertThat(hq.ledger.values(thirdRival.entityId())).containsEntry("code", "CC-10-3");
        assertThat(hq.ledger.values(push.get(10).entityId())).containsEntry("code", "CC-10");
        assertThat(hq.ledger.conflictLosers()).contains(rival.changeId(), thirdRival.changeId());

        PushResponse repeat = hq.ledger.push(ks1, List.of(thirdRival, rival));
        assertThat(repeat.duplicates()).isEqualTo(2);
        assertThat(repeat.corrections()).extracting(WireChange::changeId)
                .containsExactly(first.corrections().get(1).changeId(), first.corrections().get(0).changeId());
    }

    @Test
    void aPushLongerThanASliceSeesWhatItsEarlierSlicesWrote() {
        List<WireChange> push = new ArrayList<>();
        for (int i = 0; i < ServerLedger.PUSH_SLICE + 5; i++) {
            push.add(project(TimeOrderedUuid.next(), "SL-" + i, ks1Unit, "node-a"));
        }
        WireChange first = push.get(0);
        // in the second slice: the same change again, an edit and a task of a first-slice project, a taken code
        push.add(first);
        push.add(change("Project", first.entityId(), "UPDATE", Map.of("name", new FieldChange("项目 SL-0", "第二片改名")),
                "node-a"));
        UUID task = TimeOrderedUuid.next();
        push.add(change("Task", task, "INSERT", Map.of("name", new FieldChange(null, "放线"),
                "project", new FieldChange(null, first.entityId().toString())), "node-a"));
        WireChange rival = project(TimeOrderedUuid.next(), "SL-1", ks1Unit, "node-b");
        push.add(rival);

        PushResponse result = hq.ledger.push(ks1, push);

        assertThat(result.accepted()).isEqualTo(ServerLedger.PUSH_SLICE + 5 + 3);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.corrections()).hasSize(1);
        assertThat(hq.ledger.values(first.entityId())).containsEntry("name", "第二片改名").containsEntry("code", "SL-0");
        assertThat(hq.ledger.values(rival.entityId())).containsEntry("code", "SL-1-2");
        assertThat(hq.ledger.ids("Task", ks1.scopePath())).contains(task);
    }

    @Test
    void oneChangeOutsideTheScopeRefusesTheWholePushAndStoresNothing() {
        List<WireChange> push = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            push.add(project(TimeOrderedUuid.next(), "OS-" + i, ks1Unit, "node-a"));
        }
        push.add(project(TimeOrderedUuid.next(), "OS-KS2", ks2Unit, "node-a"));
        long changes = hq.ledger.count("server_change");
        long rows = hq.ledger.count("server_entity");

        assertThatThrownBy(() -> hq.ledger.push(ks1, push)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("outside the scope");

        assertThat(hq.ledger.count("server_change")).isEqualTo(changes);
        assertThat(hq.ledger.count("server_entity")).isEqualTo(rows);
        // the codes of the refused push were not claimed: the same projects go through from the right place
        PushResponse retry = hq.ledger.push(ks1, push.subList(0, MANY));
        assertThat(retry.accepted()).isEqualTo(MANY);
        assertThat(retry.corrections()).isEmpty();
    }

    private WireChange project(UUID id, String code, String department, String node) {
        Map<String, FieldChange> fields = new LinkedHashMap<>();
        fields.put("code", new FieldChange(null, code));
        fields.put("name", new FieldChange(null, "项目 " + code));
        fields.put("department", new FieldChange(null, department));
        fields.put("year", new FieldChange(null, "2026"));
        fields.put("deleted", new FieldChange(null, "false"));
        return change("Project", id, "INSERT", fields, node);
    }

    private WireChange change(String type, UUID id, String operation, Map<String, FieldChange> fields, String node) {
        return new WireChange(0, TimeOrderedUuid.next(), type, id, operation, fields, "tester", ++hlc, node);
    }

    private String serial(String device) {
        return hq.store.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT serial FROM device WHERE name = ?")) {
                select.setString(1, device);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }


    /** Server seqs of a node's changes stamped after an HLC, in stamp (= push) order. */
    private List<Long> seqs(String node, long fromHlc) {
        return hq.store.inTransaction(c -> {
            List<Long> seqs = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT seq FROM server_change WHERE node_id = ? "
                    + "AND hlc > ? ORDER BY hlc");
                 ResultSet rs = bind(select, node, fromHlc).executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
            return seqs;
        });
    }

    private static PreparedStatement bind(PreparedStatement select, String node, long hlc) throws java.sql.SQLException {
        select.setString(1, node);
        select.setLong(2, hlc);
        return select;
    }
}

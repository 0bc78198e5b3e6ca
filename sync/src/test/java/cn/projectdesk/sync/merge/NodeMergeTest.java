package cn.projectdesk.sync.merge;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.store.ApplyResult;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.core.store.MergeConflict.ConflictKind;
import cn.projectdesk.core.store.Replication;
import cn.projectdesk.sync.TestNode;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real nodes (own H2 databases) exchanging their change logs through the merge engine, no server. */
class NodeMergeTest {
    @TempDir
    Path dir;
    TestNode a;
    TestNode b;
    long aSent;
    long bSent;

    @BeforeEach
    void nodes() {
        a = TestNode.headquarters(dir.resolve("a"));
        b = new TestNode(dir.resolve("b"));
        exchange();
        a.createProject("LJ-2026-001", "城东道路改造");
        exchange();
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    /** Sends each node's unsent local changes to the other (what the server relays). */
    private void exchange() {
        List<ChangeLogEntry> fromA = a.replication().outgoing(aSent, Integer.MAX_VALUE);
        List<ChangeLogEntry> fromB = b.replication().outgoing(bSent, Integer.MAX_VALUE);
        if (!fromA.isEmpty()) {
            aSent = fromA.get(fromA.size() - 1).seq();
            b.apply(fromA);
        }
        if (!fromB.isEmpty()) {
            bSent = fromB.get(fromB.size() - 1).seq();
            a.apply(fromB);
        }
    }

    @Test
    void aPulledNodeHasTheSameRowsAndPushesNothingBack() {
        assertThat(b.core.setup().isInitialized()).isTrue();
        assertThat(b.project("LJ-2026-001").name()).isEqualTo("城东道路改造");
        assertThat(b.outgoing()).as("applied changes are not outgoing").isEmpty();
        UUID id = a.project("LJ-2026-001").id();
        assertThat(b.replication().values("Project", id)).isEqualTo(a.replication().values("Project", id));
    }

    @Test
    void differentFieldsEditedOnTwoNodesBothSurvive() {
        a.rename("LJ-2026-001", "城东道路改造（一期）");
        b.setBudget("LJ-2026-001", "1200000.00");
        exchange();
        for (TestNode node : List.of(a, b)) {
            assertThat(node.project("LJ-2026-001").name()).isEqualTo("城东道路改造（一期）");
            assertThat(node.project("LJ-2026-001").approvedBudget()).isEqualByComparingTo("1200000.00");
            assertThat(node.replication().openConflictCount()).isZero();
        }
    }

    @Test
    void sameFieldEditedOnTwoNodesConvergesAndKeepsTheLoserAsConflict() {
        a.rename("LJ-2026-001", "A 的名称");
        b.rename("LJ-2026-001", "B 的名称");
        exchange();
        String winner = a.project("LJ-2026-001").name();
        assertThat(b.project("LJ-2026-001").name()).isEqualTo(winner);
        String loser = winner.equals("A 的名称") ? "B 的名称" : "A 的名称";
        for (TestNode node : List.of(a, b)) {
            List<ConflictRow> conflicts = node.replication().conflicts(true);
            assertThat(conflicts).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("name");
                assertThat(c.kind()).isEqualTo(ConflictKind.FIELD);
                assertThat(c.winnerValue()).isEqualTo(winner);
                assertThat(c.loserValue()).isEqualTo(loser);
                assertThat(c.strictReview()).isFalse();
            });
        }
        // the node whose value lost reverses it: "keep mine" is a new edit that wins everywhere
        TestNode lost = a.replication().conflicts(true).get(0).localLost() ? a : b;
        lost.replication().resolve(lost.replication().conflicts(true).get(0).id(), Replication.Resolution.KEEP_MINE, "admin");
        exchange();
        assertThat(a.project("LJ-2026-001").name()).isEqualTo(loser);
        assertThat(b.project("LJ-2026-001").name()).isEqualTo(loser);
        assertThat(lost.replication().openConflictCount()).isZero();
    }

    @Test
    void onlyUsersWhoMayEditResolveAConflictAndUndoOpensItAgain() {
        a.rename("LJ-2026-001", "A 的名称");
        b.rename("LJ-2026-001", "B 的名称");
        exchange();
        String winner = a.project("LJ-2026-001").name();
        ConflictRow conflict = a.core.conflicts().list(a.admin(), true).get(0);
        Replication.Resolution loserSide = conflict.localLost() ? Replication.Resolution.KEEP_MINE
                : Replication.Resolution.KEEP_THEIRS;
        a.core.users().create(a.admin(), new cn.projectdesk.core.security.NewUser("shenji", "审计员", a.admin().orgUnitId(),
                "AUDITOR", "Audit-2026x".toCharArray()));
        cn.projectdesk.core.security.UserSession auditor = a.core.authentication().login("shenji", "Audit-2026x".toCharArray());
        assertThat(a.core.conflicts().list(auditor, true)).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.core.conflicts().resolve(auditor, conflict.id(), loserSide))
                .isInstanceOf(cn.projectdesk.core.security.AccessDeniedException.class);
        assertThat(a.project("LJ-2026-001").name()).as("nothing changed").isEqualTo(winner);
        assertThat(a.core.conflicts().list(a.admin(), true)).hasSize(1);

        String before = a.core.conflicts().resolve(a.admin(), conflict.id(), loserSide);
        assertThat(before).isEqualTo(winner);
        assertThat(a.project("LJ-2026-001").name()).isNotEqualTo(winner);
        assertThat(a.core.conflicts().list(a.admin(), true)).isEmpty();
        a.core.conflicts().reopen(a.admin(), conflict.id(), before);
        assertThat(a.project("LJ-2026-001").name()).isEqualTo(winner);
        assertThat(a.core.conflicts().list(a.admin(), true)).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo(conflict.id()));
    }

    @Test
    void moneyConflictsNeedStrictReview() {
        a.setBudget("LJ-2026-001", "100.00");
        b.setBudget("LJ-2026-001", "200.00");
        exchange();
        assertThat(a.project("LJ-2026-001").approvedBudget()).isEqualByComparingTo(b.project("LJ-2026-001").approvedBudget());
        assertThat(a.replication().conflicts(true)).singleElement().satisfies(c -> assertThat(c.strictReview()).isTrue());
    }

    @Test
    void deleteVersusEditIsAConflictAndNothingIsLost() {
        UUID id = a.project("LJ-2026-001").id();
        a.core.projects().delete(a.admin(), id);
        b.rename("LJ-2026-001", "编辑后的名称");
        exchange();
        assertThat(a.replication().values("Project", id)).isEqualTo(b.replication().values("Project", id));
        assertThat(a.replication().values("Project", id)).containsEntry("deleted", "true").containsEntry("name", "编辑后的名称");
        assertThat(a.replication().conflicts(true)).extracting(ConflictRow::kind).contains(ConflictKind.DELETE_EDIT);
        ConflictRow onA = a.replication().conflicts(true).stream().filter(c -> c.kind() == ConflictKind.DELETE_EDIT)
                .findFirst().orElseThrow();
        a.replication().resolve(onA.id(), Replication.Resolution.KEEP_THEIRS, "admin");
        exchange();
        assertThat(b.project("LJ-2026-001").name()).isEqualTo("编辑后的名称");
        assertThat(b.replication().values("Project", id)).containsEntry("deleted", "false");
    }

    @Test
    void replayingABatchChangesNothing() {
        a.rename("LJ-2026-001", "再次");
        List<ChangeLogEntry> batch = a.replication().outgoing(aSent, 100);
        ApplyResult first = b.apply(batch);
        long logBefore = b.core.database().changeLog().count();
        ApplyResult again = b.apply(batch);
        assertThat(first.applied()).isEqualTo(batch.size());
        assertThat(again.applied()).isZero();
        assertThat(again.duplicates()).isEqualTo(batch.size());
        assertThat(b.core.database().changeLog().count()).isEqualTo(logBefore);
    }
}

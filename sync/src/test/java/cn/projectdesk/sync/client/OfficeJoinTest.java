package cn.projectdesk.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining headquarters from an empty folder: refusals before any network, a cancelled or user-less join, the retry. */
class OfficeJoinTest {
    private static final Synchronizer.Listener QUIET = p -> { };

    @TempDir
    static Path dir;
    static HqFixture hq;

    @BeforeAll
    static void start() throws Exception {
        hq = new HqFixture(dir.resolve("server"));
    }

    @AfterAll
    static void stop() throws Exception {
        hq.close();
    }

    @Test
    void aFolderWithLocalDataIsRefusedAndNothingIsConfigured() throws Exception {
        Path cert = hq.device("local-pc", "KS1");
        try (TestNode local = TestNode.headquarters(dir.resolve("local"))) {
            assertThatThrownBy(() -> OfficeJoin.join(local.core.database(), hq.uri(), cert, HqFixture.CERT_PASSWORD.clone(),
                    OfficeJoin.Connection.DIRECT, QUIET)).isInstanceOf(OfficeJoin.LocalDataException.class)
                    .hasMessageContaining("already holds local data");
            assertThat(new SyncState(local.core.database().settings()).server()).isEmpty();
            assertThat(OfficeJoin.unfinished(local.core.database())).isFalse();
        }
    }

    @Test
    void aWrongPasswordChangesNothing() throws Exception {
        Path cert = hq.device("typo-pc", "KS1");
        try (TestNode office = new TestNode(dir.resolve("typo"))) {
            assertThatThrownBy(() -> OfficeJoin.join(office.core.database(), hq.uri(), cert, "wrong".toCharArray(),
                    OfficeJoin.Connection.DIRECT, QUIET)).isInstanceOfSatisfying(DeviceCertificate.InvalidException.class,
                    e -> assertThat(e.problem()).isEqualTo(DeviceCertificate.Problem.WRONG_PASSWORD));
            assertThat(OfficeJoin.unfinished(office.core.database())).isFalse();
            assertThat(new SyncState(office.core.database().settings()).server()).isEmpty();
        }
    }

    @Test
    void aCancelledOrUserlessJoinStaysUnfinishedUntilTheRetryBringsTheOfficeUsers() throws Exception {
        Path cert = hq.device("ks2-pc", "KS2");
        try (TestNode office = new TestNode(dir.resolve("ks2"))) {
            var db = office.core.database();
            Synchronizer.Listener cancelNow = new Synchronizer.Listener() {
                @Override
                public void progress(Synchronizer.Progress progress) {
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> OfficeJoin.join(db, hq.uri(), cert, HqFixture.CERT_PASSWORD.clone(),
                    OfficeJoin.Connection.DIRECT, cancelNow)).isInstanceOf(SyncCancelledException.class);
            assertThat(OfficeJoin.unfinished(db)).as("cancelled after hello: nothing written").isFalse();
            assertThat(new SyncState(db.settings()).server()).isEmpty();

            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            Synchronizer.Listener cancelAfterConnect = new Synchronizer.Listener() {
                @Override
                public void progress(Synchronizer.Progress progress) {
                }

                @Override
                public boolean cancelled() {
                    return asked.incrementAndGet() > 1; // the first question comes before connect
                }
            };
            assertThatThrownBy(() -> OfficeJoin.join(db, hq.uri(), cert, HqFixture.CERT_PASSWORD.clone(),
                    OfficeJoin.Connection.DIRECT, cancelAfterConnect)).isInstanceOf(SyncCancelledException.class);
            assertThat(OfficeJoin.unfinished(db)).as("connected, nothing pulled").isTrue();

            assertThatThrownBy(() -> OfficeJoin.join(db, hq.uri(), cert, HqFixture.CERT_PASSWORD.clone(),
                    OfficeJoin.Connection.DIRECT, QUIET)).isInstanceOfSatisfying(OfficeJoin.NoUsersException.class,
                    e -> assertThat(e.orgUnit()).isEqualTo("KS2"));
            assertThat(office.core.setup().isInitialized()).as("HQ's administrator came down").isTrue();
            assertThat(OfficeJoin.unfinished(db)).as("but nobody of the office can sign in").isTrue();

            hq.hq.addUser(hq.hq.login(TestNode.ADMIN_PASSWORD.clone()), "zhouli", "周丽", "OFFICER", "KS2",
                    "Zhouli2026".toCharArray());
            hq.hq.publish(hq.ledger);
            OfficeJoin.Result result = OfficeJoin.join(db, hq.uri(), db.folder().resolve("sync").resolve("device.p12"),
                    HqFixture.CERT_PASSWORD.clone(), OfficeJoin.Connection.DIRECT, QUIET);
            assertThat(result.device()).isEqualTo("ks2-pc");
            assertThat(result.orgUnit()).isEqualTo("KS2");
            assertThat(result.officeUsers()).isEqualTo(1);
            assertThat(OfficeJoin.unfinished(db)).isFalse();
            assertThat(office.core.setup().isDemo()).isFalse();
            assertThatThrownBy(() -> OfficeJoin.join(db, hq.uri(), cert, HqFixture.CERT_PASSWORD.clone(),
                    OfficeJoin.Connection.DIRECT, QUIET)).as("joined once is joined").isInstanceOf(OfficeJoin.LocalDataException.class);
        }
    }
}

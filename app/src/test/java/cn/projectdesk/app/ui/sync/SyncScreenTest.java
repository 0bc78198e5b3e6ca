package cn.projectdesk.app.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.shell.Section;
import cn.projectdesk.app.ui.support.FxTest;
import cn.projectdesk.app.ui.support.Screenshots;
import cn.projectdesk.app.ui.support.Shell;
import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.sync.client.SyncStatus;
import cn.projectdesk.sync.server.BundleImporter;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sync screen against a real HQ server on 127.0.0.1 (HTTPS, mutual TLS): certificate import with
 * its refusals, "Sync now", conflicts kept and reversed, bundle files and refused replies, in Chinese
 * and English with screenshots.
 */
class SyncScreenTest extends FxTest {
    @TempDir
    static Path dir;
    static HqServer hq;
    static Path certA;
    static CoreServices a;
    static CoreServices b;

    /** What the stub choosers answer next. */
    private Path nextFile;

    @BeforeAll
    static void start() throws Exception {
        hq = new HqServer(dir.resolve("server"));
        certA = hq.device("ks1-a", "KS1");
        a = hq.office(dir.resolve("a"), certA);
        b = hq.office(dir.resolve("b"), hq.device("ks1-b", "KS1"));
    }

    @AfterAll
    static void stop() throws Exception {
        a.close();
        b.close();
        hq.close();
    }

    private Shell open(Language language) throws Exception {
        Shell shell = Shell.open(a, HqServer.admin(a), language, Section.SYNC);
        stubPickers(shell);
        return shell;
    }

    private void stubPickers(Shell shell) {
        shell.window().syncView().setFilePicker(new SyncFilePicker() {
            @Override
            public Optional<Path> certificate(Window owner) {
                return Optional.ofNullable(nextFile);
            }

            @Override
            public Optional<Path> folder(Window owner) {
                return Optional.ofNullable(nextFile);
            }

            @Override
            public Optional<Path> reply(Window owner) {
                return Optional.ofNullable(nextFile);
            }
        });
    }

    private static ProjectSummary create(CoreServices core, String code, String name) {
        UserSession admin = HqServer.admin(core);
        return core.projects().create(admin, ProjectDraft.minimal(code, name, ProjectType.INFRASTRUCTURE,
                core.orgUnits().find(admin, "KS1").orElseThrow().id(), 2026));
    }

    private static void rename(CoreServices core, String code, String name) {
        UserSession admin = HqServer.admin(core);
        ProjectSummary p = core.projects().findByCode(admin, code);
        core.projects().update(admin, p.id(), p.version(), new ProjectDraft(p.code(), name, p.type(), p.departmentId(),
                p.year(), p.fundingSources(), p.stage(), p.status(), p.plannedStart(), p.plannedFinish(), p.approvedBudget(),
                p.description()));
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private String dialogText() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#dialog-message").queryAs(Label.class).getText();
    }

    private void closeDialog() {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void connectWith(Path file, String password) {
        nextFile = file;
        robot.clickOn("#sync-cert-choose");
        robot.interact(() -> robot.lookup("#sync-cert-password").queryTextInputControl().setText(password));
        robot.clickOn("#sync-connect");
    }

    @Test
    void aBadCertificateIsRefusedWithItsReasonAndAGoodOneConnects() throws Exception {
        Shell shell = open(Language.CHINESE);
        connectWith(certA, "wrong");
        assertThat(waitForDialog()).contains("密码错误");
        Screenshots.save(robot.lookup("#dialog-message").queryAs(Label.class).getScene(), "sync-cert-wrong-password-zh");
        closeDialog();

        connectWith(hq.device("old-laptop", "KS1", Duration.ofSeconds(-60)), new String(HqServer.CERT_PASSWORD));
        assertThat(waitForDialog()).contains("已过期");
        closeDialog();

        Path caOnly = dir.resolve("ca-only.p12");
        KeyStore trust = hq.ca.trustStore();
        try (FileOutputStream out = new FileOutputStream(caOnly.toFile())) {
            trust.store(out, HqServer.CERT_PASSWORD);
        }
        connectWith(caOnly, new String(HqServer.CERT_PASSWORD));
        assertThat(waitForDialog()).contains("没有设备证书");
        closeDialog();

        connectWith(certA, new String(HqServer.CERT_PASSWORD));
        waitUntil(() -> text("#sync-cert-info").contains("ks1-a"));
        assertThat(text("#sync-cert-info")).contains("ks1-a", "KS1");
        assertThat(text("#sync-password-state")).isEqualTo("本次运行已提供密码");
        assertThat(text("#sync-status-server")).isEqualTo(hq.uri().toString());
        shell.context().shutdownSync();
    }

    private String waitForDialog() throws Exception {
        waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isPresent());
        return dialogText();
    }

    @Test
    void syncNowSendsPendingChangesAndShowsTheResult() throws Exception {
        create(a, "KS1-2026-101", "城东道路改造");
        Shell shell = open(Language.CHINESE);
        SyncAgent agent = shell.context().sync();
        waitUntil(() -> agent.statusProperty().get() != null);
        assertThat(Long.parseLong(text("#sync-status-pending"))).isPositive();
        assertThat(text("#status-sync")).contains("待发送");
        agent.setPassword(HqServer.CERT_PASSWORD);
        robot.clickOn("#sync-now");
        waitUntil(() -> agent.outcomeProperty().get() != null && !agent.runningProperty().get());
        assertThat(agent.outcomeProperty().get().kind()).isEqualTo(SyncOutcome.Kind.OK);
        assertThat(agent.outcomeProperty().get().report().pushed()).isPositive();
        waitUntil(() -> "0".equals(text("#sync-status-pending")));
        assertThat(text("#sync-status-result")).startsWith("完成");
        assertThat(text("#sync-progress-text")).startsWith("同步完成");
        assertThat(text("#status-sync")).contains("待发送 0 条");
        Screenshots.save(shell.scene(), "sync-status-zh");
        HqServer.sync(b);
        assertThat(b.projects().findByCode(HqServer.admin(b), "KS1-2026-101").name()).isEqualTo("城东道路改造");

        shell.switchLanguage(Language.ENGLISH, Section.SYNC, null);
        waitUntil(() -> text("#sync-status-pending").equals("0"));
        assertThat(text("#sync-status-result")).startsWith("Done");
        Screenshots.save(shell.scene(), "sync-status-en");
        shell.context().shutdownSync();
    }

    @Test
    void conflictsAreKeptMineOrTheirsAndTheChoiceUndoes() throws Exception {
        create(a, "KS1-2026-102", "城西污水管网");
        HqServer.sync(a);
        HqServer.sync(b);
        rename(a, "KS1-2026-102", "城西污水管网（甲）");
        rename(b, "KS1-2026-102", "城西污水管网（乙）");
        HqServer.sync(b);
        Shell shell = open(Language.CHINESE);
        SyncAgent agent = shell.context().sync();
        agent.setPassword(HqServer.CERT_PASSWORD);
        SyncOutcome outcome = agent.syncNow().get(60, TimeUnit.SECONDS);
        assertThat(outcome.kind()).isEqualTo(SyncOutcome.Kind.OK);
        assertThat(outcome.report().conflicts()).isPositive();
        robot.interact(() -> shell.window().syncView().showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ConflictItem> table = robot.lookup("#conflicts-table").queryTableView();
        assertThat(table.getItems()).anyMatch(c -> c.row().field().equals("name") && c.record().startsWith("KS1-2026-102"));
        ConflictItem item = table.getItems().stream().filter(c -> c.row().field().equals("name")).findFirst().orElseThrow();
        String mine = item.row().mine();
        String theirs = item.row().theirs();
        assertThat(mine).isNotEqualTo(theirs);
        assertThat(text("#sync-status-conflicts")).isNotEqualTo("0");
        Screenshots.save(shell.scene(), "sync-conflicts-zh");

        String before = name(a);
        robot.interact(() -> table.getSelectionModel().select(item));
        robot.clickOn("#conflicts-keep-mine");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).noneMatch(c -> c.row().id().equals(item.row().id()));
        assertThat(name(a)).isEqualTo(mine);

        robot.interact(() -> shell.window().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name(a)).isEqualTo(before);
        robot.interact(() -> shell.window().syncView().refresh());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).anyMatch(c -> c.row().id().equals(item.row().id()));

        shell.switchLanguage(Language.ENGLISH, Section.SYNC, null);
        robot.interact(() -> shell.window().syncView().showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ConflictItem> en = robot.lookup("#conflicts-table").queryTableView();
        Screenshots.save(shell.scene(), "sync-conflicts-en");
        ConflictItem again = en.getItems().stream().filter(c -> c.row().id().equals(item.row().id())).findFirst().orElseThrow();
        robot.interact(() -> en.getSelectionModel().select(again));
        robot.clickOn("#conflicts-keep-theirs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name(a)).isEqualTo(theirs);
        assertThat(a.database().replication().conflicts(true)).noneMatch(c -> c.id().equals(item.row().id()));
        shell.context().shutdownSync();
    }

    @Test
    void keepMineOnACodeTheServerGaveToAnotherProjectIsRefusedInADialog() throws Exception {
        create(b, "KS1-2026-104", "东区供水（乙）");
        HqServer.sync(b);
        ProjectSummary ours = create(a, "KS1-2026-104", "东区供水（甲）");
        Shell shell = open(Language.CHINESE);
        SyncAgent agent = shell.context().sync();
        agent.setPassword(HqServer.CERT_PASSWORD);
        assertThat(agent.syncNow().get(60, TimeUnit.SECONDS).kind()).isEqualTo(SyncOutcome.Kind.OK);
        String renamed = a.projects().get(HqServer.admin(a), ours.id()).code();
        assertThat(renamed).isEqualTo("KS1-2026-104-2");
        robot.interact(() -> shell.window().syncView().showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ConflictItem> table = robot.lookup("#conflicts-table").queryTableView();
        ConflictItem item = table.getItems().stream()
                .filter(c -> c.row().field().equals("code") && c.row().entityId().equals(ours.id())).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(item));
        robot.clickOn("#conflicts-keep-mine");

        assertThat(waitForDialog()).contains("KS1-2026-104", "东区供水（乙）", "项目表单");
        Screenshots.save(robot.lookup("#dialog-message").queryAs(Label.class).getScene(), "sync-conflict-code-taken-zh");
        closeDialog();
        assertThat(a.projects().get(HqServer.admin(a), ours.id()).code()).isEqualTo(renamed);
        assertThat(a.database().replication().conflicts(true)).anyMatch(c -> c.id().equals(item.row().id()));
        assertThat(table.getItems()).anyMatch(c -> c.row().id().equals(item.row().id()));
        shell.context().shutdownSync();
    }

    private static String name(CoreServices core) {
        return core.projects().findByCode(HqServer.admin(core), "KS1-2026-102").name();
    }

    @Test
    void bundlesGoOutToAFolderAndRefusedRepliesSayWhy() throws Exception {
        create(a, "KS1-2026-103", "离线项目");
        Shell shell = open(Language.CHINESE);
        SyncAgent agent = shell.context().sync();
        agent.setPassword(HqServer.CERT_PASSWORD);
        robot.interact(() -> shell.window().syncView().showTab(2));
        Path usb = Files.createDirectories(dir.resolve("usb"));
        nextFile = usb;
        robot.clickOn("#bundle-export");
        String exported = waitForDialog();
        assertThat(exported).contains("已将", usb.toString());
        closeDialog();
        Path bundle;
        try (var files = Files.list(usb)) {
            bundle = files.filter(f -> f.getFileName().toString().startsWith("projectdesk-")).findFirst().orElseThrow();
        }
        assertThat(bundle.getFileName().toString()).startsWith("projectdesk-" + ConflictsPane.shortNode(a.database().nodeId()))
                .endsWith(BundleNames.EXTENSION);

        Path reply = usb.resolve("reply.pdbundle");
        new BundleImporter(hq.ca, hq.ledger).importBundle(bundle, reply);
        Path tampered = tamperedCopy(reply, usb.resolve("tampered.pdbundle"));

        nextFile = tampered;
        robot.clickOn("#bundle-import");
        String refused = waitForDialog();
        assertThat(refused).contains("签名与内容不符", "均未应用");
        Screenshots.save(robot.lookup("#dialog-message").queryAs(Label.class).getScene(), "sync-bundle-refused-zh");
        closeDialog();

        nextFile = bundle;
        robot.clickOn("#bundle-import");
        assertThat(waitForDialog()).contains("加密给其他接收方");
        closeDialog();

        nextFile = reply;
        robot.clickOn("#bundle-import");
        assertThat(waitForDialog()).contains("已应用回复");
        closeDialog();
        waitUntil(() -> agent.statusProperty().get() != null && agent.statusProperty().get().pendingChanges() == 0);
        Screenshots.save(shell.scene(), "sync-bundles-zh");

        shell.switchLanguage(Language.ENGLISH, Section.SYNC, null);
        stubPickers(shell);
        robot.interact(() -> shell.window().syncView().showTab(2));
        nextFile = tampered;
        robot.clickOn("#bundle-import");
        assertThat(waitForDialog()).contains("signature does not match", "Nothing of it was applied");
        Screenshots.save(robot.lookup("#dialog-message").queryAs(Label.class).getScene(), "sync-bundle-refused-en");
        closeDialog();
        shell.context().shutdownSync();
    }

    @Test
    void theTimerSyncsWhenDueBacksOffWhenUnreachableAndNeverRunsTwo() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean reachable = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger saved = new java.util.concurrent.atomic.AtomicInteger(-1);
        org.testfx.api.FxToolkit.registerPrimaryStage();
        SyncAgent agent = new SyncAgent(a.database(), 15, saved::set, server -> reachable.get(), null);
        try {
            java.time.Instant t0 = java.time.Instant.now();
            assertThat(agent.tick(t0).get(60, TimeUnit.SECONDS).kind()).as("no password yet").isEqualTo(SyncOutcome.Kind.NO_PASSWORD);
            agent.setPassword(HqServer.CERT_PASSWORD);
            assertThat(agent.tick(t0).get(60, TimeUnit.SECONDS).kind()).isEqualTo(SyncOutcome.Kind.OK);
            assertThat(agent.tick(t0.plusSeconds(60)).get(60, TimeUnit.SECONDS)).as("not due yet").isNull();

            String lastResult = SyncStatus.of(a.database()).lastResult();
            reachable.set(false);
            assertThat(agent.tick(t0.plusSeconds(16 * 60)).get(60, TimeUnit.SECONDS).kind()).isEqualTo(SyncOutcome.Kind.UNREACHABLE);
            assertThat(SyncStatus.of(a.database()).lastResult()).as("an unreachable server leaves no FAILED run").isEqualTo(lastResult);
            reachable.set(true);
            assertThat(agent.tick(t0.plusSeconds(32 * 60)).get(60, TimeUnit.SECONDS)).as("backs off: 30 minutes now").isNull();
            assertThat(agent.tick(t0.plusSeconds(47 * 60)).get(60, TimeUnit.SECONDS).kind()).isEqualTo(SyncOutcome.Kind.OK);

            java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
            var exclusive = agent.exclusive(() -> hold.await(30, TimeUnit.SECONDS));
            assertThat(agent.syncNow().get(5, TimeUnit.SECONDS).kind()).isEqualTo(SyncOutcome.Kind.BUSY);
            assertThat(agent.exclusive(() -> true)).isCompletedExceptionally();
            hold.countDown();
            assertThat(exclusive.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(agent.syncNow().get(60, TimeUnit.SECONDS).kind()).isEqualTo(SyncOutcome.Kind.OK);

            agent.setEveryMinutes(0);
            assertThat(saved.get()).isZero();
            assertThat(agent.tick(t0.plusSeconds(24 * 3600)).get(60, TimeUnit.SECONDS)).as("off").isNull();
        } finally {
            agent.shutdown();
        }
    }

    /**
     * The reply with its manifest edited after signing. Replies come encrypted to the device (ADR 25), so
     * this opens the envelope with office A's key, edits the SQLite file and seals it to A again: only
     * the signature check can catch it.
     */
    private static Path tamperedCopy(Path reply, Path target) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(certA)) {
            store.load(in, HqServer.CERT_PASSWORD);
        }
        String alias = store.aliases().nextElement();
        java.security.PrivateKey key = (java.security.PrivateKey) store.getKey(alias, HqServer.CERT_PASSWORD);
        java.security.cert.X509Certificate cert = (java.security.cert.X509Certificate) store.getCertificate(alias);
        Path plain = target.resolveSibling("tampered-plain.sqlite");
        if (cn.projectdesk.sync.bundle.BundleEnvelope.sealed(reply)) {
            cn.projectdesk.sync.bundle.BundleEnvelope.open(reply, plain, key, cert, "office A");
        } else {
            Files.copy(reply, plain);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE manifest SET value = 'someone-else' WHERE key = 'nodeId'");
        }
        cn.projectdesk.sync.bundle.BundleEnvelope.seal(plain, target, cert);
        Files.delete(plain);
        return target;
    }
}

package cn.projectdesk.sync.server;

import cn.projectdesk.core.budget.BudgetLineDraft;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.ChangeMerger;
import cn.projectdesk.core.store.EntitySnapshot;
import cn.projectdesk.core.store.MergeDecision;
import cn.projectdesk.sync.HqFixture;
import cn.projectdesk.sync.TestNode;
import cn.projectdesk.sync.bundle.BundleRefusedException;
import cn.projectdesk.sync.client.DeviceSetup;
import cn.projectdesk.sync.client.NodeBundles;
import cn.projectdesk.sync.client.Synchronizer;
import cn.projectdesk.sync.merge.FieldMergeEngine;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One office of the convergence test: its own H2 data folder with a PC clock off by up to an hour, a
 * faulty HTTPS transport, an air-gap bundle route (bundles lost, replayed), random edits of projects,
 * WBS tasks and budget lines, and a client killed half-way through applying a pulled batch (the
 * database shut down without commit, like a power cut) and restarted from its H2 file.
 */
final class ConvergenceOffice implements AutoCloseable {
    final int index;
    final String scope;
    private final Path folder;
    private final Duration skew;
    private final Path certificate;
    private final HqFixture hq;
    private final Random random;
    final FaultyTransport transport;
    private final KillSwitch kill = new KillSwitch();
    private final List<Path> upBundles = new ArrayList<>();
    private final List<Path> replies = new ArrayList<>();
    static final String CHIEF = "chief";
    static final char[] CHIEF_PASSWORD = "Chief2026".toCharArray();
    TestNode node;
    private UserSession chief;
    int created;
    int refused;
    int restarts;

    ConvergenceOffice(int index, String scope, Path folder, Duration skew, HqFixture hq, Random random) throws Exception {
        this.index = index;
        this.scope = scope;
        this.folder = folder;
        this.skew = skew;
        this.hq = hq;
        this.random = random;
        this.certificate = hq.device("office-" + index, scope);
        this.transport = new FaultyTransport(hq.client(certificate), random);
        open();
        DeviceSetup.importCertificate(node.core.database(), certificate, HqFixture.CERT_PASSWORD);
    }

    private void open() {
        chief = null;
        node = new TestNode(folder);
        node.core.database().clock().useWallClock(Clock.offset(Clock.systemUTC(), skew));
    }

    /** A sync over HTTPS; with faults on, a failure is expected now and then (and a kill is possible). */
    Synchronizer.Report sync(boolean faults) throws InterruptedException {
        transport.faults = faults;
        kill.fired = false;
        kill.countdown = faults && random.nextInt(6) == 0 ? random.nextInt(6) : -1;
        try {
            return new Synchronizer(node.core.database(), transport, kill).run(p -> { });
        } catch (IOException | RuntimeException e) {
            if (kill.fired) {
                restart();
            } else if (!faults) {
                throw new AssertionError("fault-free sync of office " + index + " failed", e);
            }
            return new Synchronizer.Report(0, 0, 0, 0, 0);
        } finally {
            kill.countdown = -1;
        }
    }

    /** The same exchange through bundle files, with lost files and old bundles replayed on both sides. */
    void syncByBundle(BundleImporter importer, Path dir) throws IOException, GeneralSecurityException {
        NodeBundles bundles = new NodeBundles(node.core.database());
        int n = upBundles.size();
        Path up = dir.resolve("office-" + index + "-up-" + n + ".sqlite");
        Path reply = dir.resolve("office-" + index + "-reply-" + n + ".sqlite");
        // encrypted to headquarters' certificate half of the time (ADR 25): the reply then comes encrypted to us
        X509Certificate server = (X509Certificate) hq.ca.serverKeyStore().getCertificate(DeviceCa.SERVER_ALIAS);
        bundles.export(up, HqFixture.CERT_PASSWORD, random.nextBoolean() ? server : null);
        upBundles.add(up);
        if (random.nextInt(6) == 0) {
            return; // the USB stick never reached headquarters: the next bundle carries the same changes again
        }
        importer.importBundle(up, reply);
        replies.add(reply);
        if (random.nextInt(6) == 0) {
            return; // the reply was lost on the way back
        }
        bundles.importReply(reply, HqFixture.CERT_PASSWORD);
        if (random.nextInt(3) == 0) {
            replay(importer, bundles);
        }
    }

    private void replay(BundleImporter importer, NodeBundles bundles) throws IOException, GeneralSecurityException {
        Path oldUp = upBundles.get(random.nextInt(upBundles.size()));
        Path oldReply = replies.get(random.nextInt(replies.size()));
        try {
            importer.importBundle(oldUp, null);
        } catch (BundleRefusedException e) {
            refused++; // a lost older bundle can be refused as out of order; never half-applied
        }
        try {
            bundles.importReply(oldReply, HqFixture.CERT_PASSWORD);
        } catch (BundleRefusedException e) {
            refused++;
        }
    }

    void randomEdit() {
        List<ProjectSummary> projects = node.core.projects().list(node.admin());
        try {
            if (projects.isEmpty() || random.nextInt(10) == 0) {
                created++;
                // half of the codes allocated by the office's numbering: offices of one bureau collide offline
                String code = random.nextBoolean() ? null : String.format("N%d-2026-%03d", index, created);
                node.createProject(code, "项目 " + index + "-" + created, node.orgUnit(scope));
                return;
            }
            ProjectSummary p = projects.get(random.nextInt(projects.size()));
            switch (random.nextInt(3)) {
                case 0 -> editProject(p);
                case 1 -> editTasks(p);
                default -> editBudget(p);
            }
        } catch (ValidationException | NotFoundException e) {
            refused++; // what the app refuses (a task of a project deleted meanwhile): nothing written
        }
    }

    private void editProject(ProjectSummary p) {
        switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> node.rename(p.code(), "名称 " + index + "-" + random.nextInt(1000));
            case 4, 5, 6 -> node.setBudget(p.code(), random.nextInt(100_000) + "." + random.nextInt(10) + "0");
            case 7, 8, 9, 10 -> node.setStage(p.code(),
                    LifecycleStage.values()[random.nextInt(LifecycleStage.values().length)]);
            default -> node.core.projects().delete(node.admin(), p.id());
        }
    }

    private void editTasks(ProjectSummary p) {
        var tasks = node.core.tasks();
        List<TaskRow> rows = tasks.tasks(node.admin(), p.id());
        if (rows.isEmpty() || random.nextInt(4) == 0) {
            TaskRow after = rows.isEmpty() || random.nextBoolean() ? null : rows.get(random.nextInt(rows.size()));
            created++;
            tasks.addTask(node.admin(), p.id(), after == null ? null : after.id(), "任务 " + index + "-" + created,
                    1 + random.nextInt(20));
            return;
        }
        TaskRow task = rows.get(random.nextInt(rows.size()));
        switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> tasks.rename(node.admin(), task.id(), "任务 " + index + "-" + random.nextInt(1000));
            case 4, 5, 6, 7 -> {
                if (!task.summary()) {
                    tasks.setDuration(node.admin(), task.id(), 1 + random.nextInt(30));
                }
            }
            default -> tasks.delete(node.admin(), task.id());
        }
    }

    private void editBudget(ProjectSummary p) {
        if (chief == null) {
            chief = node.core.authentication().login(CHIEF, CHIEF_PASSWORD.clone()); // budgets are not the admin's
        }
        var budget = node.core.budget().lines();
        List<BudgetLineRow> lines = budget.ledger(chief, p.id()).lines();
        if (lines.isEmpty() || random.nextInt(4) == 0) {
            created++;
            budget.addLine(chief, p.id(), BudgetLineDraft.of("财政拨款", "30201", 2026, "条目 " + index + "-" + created,
                    money()));
            return;
        }
        BudgetLineRow line = lines.get(random.nextInt(lines.size()));
        switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> budget.updateLine(chief, line.id(), line.version(),
                    line.toDraft().withApproved(new BigDecimal(money())));
            case 5, 6, 7 -> budget.updateLine(chief, line.id(), line.version(),
                    line.toDraft().withNotes("备注 " + index + "-" + random.nextInt(1000)));
            default -> budget.deleteLine(chief, line.id());
        }
    }

    private String money() {
        return random.nextInt(1_000_000) + "." + String.format("%02d", random.nextInt(100));
    }

    private void restart() {
        restarts++;
        try {
            node.close();
        } catch (RuntimeException e) {
            // the database was shut down under it: closing what is left may complain
        }
        open();
    }

    @Override
    public void close() {
        node.close();
    }

    /**
     * The real merge, but when armed it cuts the power after {@code countdown} merged changes: the H2
     * database is shut down at once (no commit, no clean close) while the apply transaction is open.
     */
    private final class KillSwitch implements ChangeMerger {
        private final FieldMergeEngine engine = new FieldMergeEngine();
        int countdown = -1;
        boolean fired;

        @Override
        public MergeDecision merge(EntitySnapshot local, ChangeLogEntry remote) {
            if (countdown == 0) {
                fired = true;
                countdown = -1;
                powerCut();
                throw new IllegalStateException("client killed half-way through the apply (test)");
            }
            if (countdown > 0) {
                countdown--;
            }
            return engine.merge(local, remote);
        }

        private void powerCut() {
            String url = "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("projectdesk")
                    + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException e) {
                // the shutdown closes this connection too
            }
        }
    }
}

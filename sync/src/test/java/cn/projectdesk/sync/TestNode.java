package cn.projectdesk.sync;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.setup.SetupRequest;
import cn.projectdesk.core.store.ApplyResult;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.Replication;
import cn.projectdesk.sync.merge.FieldMergeEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/** One installation in a test: its own H2 data folder, and a signed-in administrator once set up. */
public final class TestNode implements AutoCloseable {
    public static final char[] ADMIN_PASSWORD = "Admin2026".toCharArray();
    public final Path folder;
    public final CoreServices core;
    private UserSession admin;

    public TestNode(Path folder) {
        this.folder = folder;
        this.core = CoreServices.open(folder);
    }

    /** A headquarters-style node: sets up the bureau, its roles, calendar and administrator. */
    public static TestNode headquarters(Path folder) {
        TestNode node = new TestNode(folder);
        node.core.setup().initialize(SetupRequest.plain(ADMIN_PASSWORD.clone(), "LJFGJ", "临江市发展和改革局"));
        return node;
    }

    public UserSession admin() {
        if (admin == null) {
            admin = core.authentication().login("admin", ADMIN_PASSWORD.clone());
        }
        return admin;
    }

    public Replication replication() {
        return core.database().replication();
    }

    public ApplyResult apply(List<ChangeLogEntry> changes) {
        return replication().apply(changes, new FieldMergeEngine());
    }

    public List<ChangeLogEntry> outgoing() {
        return replication().outgoing(0, Integer.MAX_VALUE);
    }

    public ProjectSummary createProject(String code, String name) {
        return createProject(code, name, admin().orgUnitId());
    }

    public ProjectSummary createProject(String code, String name, java.util.UUID departmentId) {
        ProjectDraft draft = ProjectDraft.minimal(code, name, ProjectType.INFRASTRUCTURE, departmentId, 2026);
        return core.projects().create(admin(), draft);
    }

    public java.util.UUID orgUnit(String code) {
        return core.orgUnits().find(admin(), code).orElseThrow().id();
    }

    public ProjectSummary project(String code) {
        return core.projects().findByCode(admin(), code);
    }

    public ProjectSummary rename(String code, String name) {
        ProjectSummary p = project(code);
        return core.projects().update(admin(), p.id(), p.version(), draft(p, name, p.approvedBudget()));
    }

    public ProjectSummary setBudget(String code, String amount) {
        ProjectSummary p = project(code);
        return core.projects().update(admin(), p.id(), p.version(), draft(p, p.name(), new BigDecimal(amount)));
    }

    public ProjectSummary setStage(String code, cn.projectdesk.core.project.LifecycleStage stage) {
        ProjectSummary p = project(code);
        ProjectDraft d = new ProjectDraft(p.code(), p.name(), p.type(), p.departmentId(), p.year(), p.fundingSources(),
                stage, p.status(), p.plannedStart(), p.plannedFinish(), p.approvedBudget(), p.description());
        return core.projects().update(admin(), p.id(), p.version(), d);
    }

    private static ProjectDraft draft(ProjectSummary p, String name, BigDecimal budget) {
        return new ProjectDraft(p.code(), name, p.type(), p.departmentId(), p.year(), p.fundingSources(), p.stage(),
                p.status(), p.plannedStart(), p.plannedFinish(), budget, p.description());
    }

    /** Row values without the fields never set (the server keeps no entry for them). */
    public static java.util.Map<String, String> withoutNulls(java.util.Map<String, String> values) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public void close() {
        core.close();
    }
}

package cn.projectdesk.sync.server;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.org.OrgUnitKind;
import cn.projectdesk.core.security.NewUser;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.setup.SetupRequest;
import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.sync.protocol.WireChange;
import java.nio.file.Path;
import java.util.List;

/**
 * Headquarters' own node: an ordinary ProjectDesk data folder ({@code DATA/hq}) where the reference
 * data (org units, roles, users, calendar) is created with the core services, exactly as on a desktop.
 * Its change log is published into the server's log after every administrative command, so offices
 * pull the reference data like any other change.
 */
public final class HqNode implements AutoCloseable {
    private static final String PUBLISHED = "sync.hq.published.seq";
    private final CoreServices core;

    private HqNode(CoreServices core) {
        this.core = core;
    }

    public static HqNode open(Path dataDir) {
        return new HqNode(CoreServices.open(dataDir.resolve("hq")));
    }

    public boolean initialized() {
        return core.setup().isInitialized();
    }

    public void init(char[] adminPassword, String officeCode, String officeName) {
        core.setup().initialize(SetupRequest.plain(adminPassword, officeCode, officeName));
    }

    public UserSession login(char[] adminPassword) {
        return core.authentication().login("admin", adminPassword);
    }

    /** Adds an org unit under the parent's code (a 科室 or a field office). */
    public void addOrgUnit(String code, String name, String parentCode, boolean fieldOffice) {
        core.database().runInTransaction("admin", s -> {
            OrgUnit parent = s.createSelectionQuery("from OrgUnit where code = :c", OrgUnit.class)
                    .setParameter("c", parentCode).uniqueResultOptional()
                    .orElseThrow(() -> new IllegalArgumentException("no org unit " + parentCode));
            int order = s.createSelectionQuery("select count(*) from OrgUnit", Long.class).getSingleResult().intValue();
            s.persist(new OrgUnit(code, name, fieldOffice ? OrgUnitKind.FIELD_OFFICE : OrgUnitKind.DEPARTMENT, parent, order));
        });
    }

    public void addUser(UserSession admin, String name, String displayName, String roleCode, String orgUnitCode,
                        char[] password) {
        var unit = core.orgUnits().find(admin, orgUnitCode)
                .orElseThrow(() -> new IllegalArgumentException("no org unit " + orgUnitCode));
        core.users().create(admin, new NewUser(name, displayName, unit.id(), roleCode, password));
    }

    /** Sends this node's changes that the server does not have yet; returns how many. */
    public int publish(ServerLedger ledger) {
        long after = core.database().settings().get(PUBLISHED).map(Long::parseLong).orElse(0L);
        String topPath = core.database().read(s -> s.createSelectionQuery(
                "select o.path from OrgUnit o where o.parent is null", String.class).getSingleResult());
        DeviceIdentity hq = new DeviceIdentity("hq", "hq", "HQ", topPath);
        int sent = 0;
        while (true) {
            List<ChangeLogEntry> batch = core.database().replication().outgoing(after, 1000);
            if (batch.isEmpty()) {
                return sent;
            }
            ledger.push(hq, batch.stream().map(WireChange::of).toList());
            after = batch.get(batch.size() - 1).seq();
            core.database().settings().put(PUBLISHED, Long.toString(after));
            sent += batch.size();
        }
    }

    public CoreServices core() {
        return core;
    }

    @Override
    public void close() {
        core.close();
    }
}

package cn.projectdesk.sync.server;

import cn.projectdesk.core.clock.TimeOrderedUuid;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.sync.protocol.WireChange;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Project codes are unique across all offices (ADR 26). Two offices working offline can allocate the
 * same code; the first push keeps it, and a later claim by another project is renamed here: the stored
 * change carries the free code (so no other office ever holds two projects with one code) and a
 * correction, a change of the server's own, renames the project on the office that claimed it, where it
 * is also kept as a conflict (the office's code lost). A code once claimed is never given to another
 * project, even after its project moved on: offices that have not yet pulled that move still hold it.
 * Codes are looked up and recorded through the push's {@link PushBatch}.
 */
final class ProjectCodes {
    static final String SERVER_NODE = "hq-server";
    static final String SERVER_ACTOR = "server";
    private static final String PROJECT = "Project";
    private static final String CODE = "code";
    private static final int MAX_LENGTH = 40;

    private ProjectCodes() {
    }

    /** The change as it is stored, and the server's correction when its code had to be renamed. */
    record Claim(WireChange stored, WireChange correction) {
    }

    static Claim claim(PushBatch batch, WireChange change) throws SQLException {
        FieldChange code = PROJECT.equals(change.entityType()) ? change.changes().get(CODE) : null;
        if (code == null || code.newValue() == null) {
            return new Claim(change, null);
        }
        String wanted = code.newValue();
        Optional<UUID> holder = batch.codeHolder(wanted);
        if (holder.isEmpty() || holder.get().equals(change.entityId())) {
            if (holder.isEmpty()) {
                batch.claimCode(wanted, change.entityId());
            }
            return new Claim(change, null);
        }
        String renamed = freeVariant(batch, wanted);
        batch.claimCode(renamed, change.entityId());
        Map<String, FieldChange> fields = new LinkedHashMap<>(change.changes());
        fields.put(CODE, new FieldChange(code.oldValue(), renamed));
        WireChange stored = new WireChange(change.seq(), change.changeId(), change.entityType(), change.entityId(),
                change.operation(), fields, change.actor(), change.hlc(), change.nodeId());
        // old value unknown to the claimant (null): its own code is kept as a conflict on its review list
        WireChange correction = new WireChange(0, TimeOrderedUuid.next(), PROJECT, change.entityId(), "UPDATE",
                Map.of(CODE, new FieldChange(null, renamed)), SERVER_ACTOR, change.hlc() + 1, SERVER_NODE);
        return new Claim(stored, correction);
    }

    private static String freeVariant(PushBatch batch, String wanted) throws SQLException {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = wanted.length() + suffix.length() > MAX_LENGTH ? wanted.substring(0, MAX_LENGTH - suffix.length())
                    : wanted;
            if (batch.codeHolder(base + suffix).isEmpty()) {
                return base + suffix;
            }
        }
    }
}

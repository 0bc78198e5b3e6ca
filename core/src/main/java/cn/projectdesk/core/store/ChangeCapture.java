package cn.projectdesk.core.store;

import cn.projectdesk.core.clock.HybridLogicalClock;
import cn.projectdesk.core.clock.TimeOrderedUuid;
import cn.projectdesk.core.domain.SyncableEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The one change capture. Hibernate calls it for every row it writes: before the write it stamps the
 * row (hybrid logical clock, node, actor); after the write it captures a change-log row and an audit
 * event, which {@link Database#inTransaction} writes on the same JDBC connection just before the commit
 * ({@link #drain}), so all of it commits or rolls back together. Hard deletes of syncable rows are refused: a
 * delete is a tombstone, so the deletion itself can travel to headquarters.
 */
final class ChangeCapture implements PreInsertEventListener, PreUpdateEventListener, PreDeleteEventListener,
        PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Set<String> STAMP_FIELDS = Set.of(SyncableEntity.HLC, SyncableEntity.ORIGIN_NODE,
            SyncableEntity.UPDATED_BY, SyncableEntity.VERSION);
    private static final String INSERT_SQL = "INSERT INTO change_log (change_id, entity_type, entity_id, operation, "
            + "changes, actor, hlc, node_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int BATCH = 1000;

    private final HybridLogicalClock clock;
    private final String nodeId;
    private final ObjectMapper json = new ObjectMapper();

    ChangeCapture(HybridLogicalClock clock, String nodeId) {
        this.clock = clock;
        this.nodeId = nodeId;
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        stamp(event.getEntity(), event.getState(), event.getPersister());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        stamp(event.getEntity(), event.getState(), event.getPersister());
        return false;
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        if (event.getEntity() instanceof SyncableEntity) {
            throw new IllegalStateException("hard delete of " + event.getPersister().getEntityName()
                    + " refused: mark it deleted (tombstone) instead");
        }
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof SyncableEntity entity) {
            Map<String, FieldChange> changes = diff(event.getPersister(), null, event.getState());
            append(event.getSession(), entity, event.getPersister(), ChangeOperation.INSERT, changes);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof SyncableEntity entity) {
            Map<String, FieldChange> changes = diff(event.getPersister(), event.getOldState(), event.getState());
            FieldChange deleted = changes.get(SyncableEntity.DELETED);
            ChangeOperation operation = deleted != null && "true".equals(deleted.newValue())
                    ? ChangeOperation.DELETE : ChangeOperation.UPDATE;
            append(event.getSession(), entity, event.getPersister(), operation, changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        // hard deletes of syncable rows never get here (refused before); other rows are local only
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void stamp(Object entity, Object[] state, EntityPersister persister) {
        if (!(entity instanceof SyncableEntity syncable)) {
            return;
        }
        String actor = CaptureScope.currentActor();
        CaptureScope.RemoteStamp remote = CaptureScope.remote();
        long hlc = remote == null ? clock.tick() : remote.hlc();
        String origin = remote == null ? nodeId : remote.nodeId();
        if (remote != null) {
            actor = remote.actor();
        }
        syncable.applyChangeStamp(hlc, origin, actor);
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            switch (names[i]) {
                case SyncableEntity.HLC -> state[i] = hlc;
                case SyncableEntity.ORIGIN_NODE -> state[i] = origin;
                case SyncableEntity.UPDATED_BY -> state[i] = actor;
                default -> {
                }
            }
        }
    }

    private static Map<String, FieldChange> diff(EntityPersister persister, Object[] oldState, Object[] newState) {
        String[] names = persister.getPropertyNames();
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (STAMP_FIELDS.contains(names[i])) {
                continue;
            }
            String before = oldState == null ? null : ChangeValueFormat.format(oldState[i]);
            String after = ChangeValueFormat.format(newState[i]);
            boolean same = before == null ? after == null : before.equals(after);
            if (!same) {
                changes.put(names[i], new FieldChange(before, after));
            }
        }
        return changes;
    }

    /**
     * Captures the change; it is written with the unit of work's other captures by {@link #drain} just
     * before the commit, so that 100,000 inserted rows cost two batched statements each instead of six
     * single ones with an audit-head update per row (ADR 0019). Same rows, same order, same transaction.
     */
    private void append(SharedSessionContractImplementor session, SyncableEntity entity, EntityPersister persister,
                        ChangeOperation operation, Map<String, FieldChange> changes) {
        try {
            if (CaptureScope.remote() != null) {
                // the applier writes a pulled change's change-log row itself (marked remote, original change id)
                CaptureScope.pending().add(PendingChange.auditOnly(remoteAudit(entity, persister, operation, changes)));
                return;
            }
            CaptureScope.pending().add(new PendingChange(TimeOrderedUuid.next(), simpleName(persister.getEntityName()),
                    (UUID) entity.getId(), operation.name(), json.writeValueAsString(changes), entity.getUpdatedBy(),
                    entity.getHlc(), Instant.now(), auditEvent(entity, persister, operation, changes)));
        } catch (JsonProcessingException e) {
            throw new HibernateException("could not write the change log for " + persister.getEntityName()
                    + " " + entity.getId(), e);
        }
    }

    /**
     * A change pulled from another node: the audit chain still records what changed here, as a sync
     * action naming the original actor and node (ADR 10).
     */
    private AuditEvent remoteAudit(SyncableEntity entity, EntityPersister persister, ChangeOperation operation,
                                   Map<String, FieldChange> changes) throws JsonProcessingException {
        AuditEvent local = auditEvent(entity, persister, operation, changes);
        String who = entity.getUpdatedBy() + "@" + entity.getOriginNode();
        return new AuditEvent("SYNC_" + operation.name(), who.length() > 64 ? who.substring(0, 64) : who,
                local.entityType(), local.entityId(), local.before(), local.after());
    }

    /** Writes and forgets the captures of the current unit of work, in capture order, on its connection. */
    void drain(Connection connection) throws SQLException {
        List<PendingChange> pending = CaptureScope.pending();
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SQL)) {
            int batched = 0;
            for (PendingChange p : pending) {
                if (p.changeId() == null) {
                    continue;
                }
                insert.setObject(1, p.changeId());
                insert.setString(2, p.entityType());
                insert.setObject(3, p.entityId());
                insert.setString(4, p.operation());
                insert.setString(5, p.changes());
                insert.setString(6, p.actor());
                insert.setLong(7, p.hlc());
                insert.setString(8, nodeId);
                insert.setTimestamp(9, Timestamp.from(p.recordedAt()));
                insert.addBatch();
                if (++batched % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            if (batched % BATCH != 0) {
                insert.executeBatch();
            }
        }
        AuditChain.appendAll(connection, pending.stream().map(PendingChange::audit).toList(), nodeId);
        pending.clear();
    }

    private AuditEvent auditEvent(SyncableEntity entity, EntityPersister persister, ChangeOperation operation,
                                  Map<String, FieldChange> changes) throws JsonProcessingException {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        changes.forEach((field, change) -> {
            before.put(field, change.oldValue());
            after.put(field, change.newValue());
        });
        return new AuditEvent("CHANGE_" + operation.name(), entity.getUpdatedBy(), simpleName(persister.getEntityName()),
                entity.getId().toString(), operation == ChangeOperation.INSERT ? null : json.writeValueAsString(before),
                json.writeValueAsString(after));
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}

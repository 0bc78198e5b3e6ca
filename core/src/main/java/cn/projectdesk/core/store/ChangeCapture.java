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
 * row (hybrid logical clock, node, actor); after the write it appends a change-log row on the same JDBC
 * connection, so both commit or roll back together. Hard deletes of syncable rows are refused: a
 * delete is a tombstone, so the deletion itself can travel to headquarters.
 */
final class ChangeCapture implements PreInsertEventListener, PreUpdateEventListener, PreDeleteEventListener,
        PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Set<String> STAMP_FIELDS = Set.of(SyncableEntity.HLC, SyncableEntity.ORIGIN_NODE,
            SyncableEntity.UPDATED_BY, SyncableEntity.VERSION);
    private static final String INSERT_SQL = "INSERT INTO change_log (change_id, entity_type, entity_id, operation, "
            + "changes, actor, hlc, node_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

    private void append(SharedSessionContractImplementor session, SyncableEntity entity, EntityPersister persister,
                        ChangeOperation operation, Map<String, FieldChange> changes) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        if (CaptureScope.remote() != null) {
            appendRemoteAudit(connection, entity, persister, operation, changes);
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SQL)) {
            insert.setObject(1, TimeOrderedUuid.next());
            insert.setString(2, simpleName(persister.getEntityName()));
            insert.setObject(3, (UUID) entity.getId());
            insert.setString(4, operation.name());
            insert.setString(5, json.writeValueAsString(changes));
            insert.setString(6, entity.getUpdatedBy());
            insert.setLong(7, entity.getHlc());
            insert.setString(8, nodeId);
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            AuditChain.append(connection, auditEvent(entity, persister, operation, changes), nodeId);
        } catch (SQLException | JsonProcessingException e) {
            throw new HibernateException("could not write the change log for " + persister.getEntityName()
                    + " " + entity.getId(), e);
        }
    }

    /**
     * A change pulled from another node: the applier writes its change-log row (marked remote, with the
     * original change id); the audit chain still records what changed here, as a sync action, naming
     * the original actor and node (ADR 10).
     */
    private void appendRemoteAudit(Connection connection, SyncableEntity entity, EntityPersister persister,
                                   ChangeOperation operation, Map<String, FieldChange> changes) {
        try {
            AuditEvent local = auditEvent(entity, persister, operation, changes);
            String who = entity.getUpdatedBy() + "@" + entity.getOriginNode();
            AuditEvent synced = new AuditEvent("SYNC_" + operation.name(),
                    who.length() > 64 ? who.substring(0, 64) : who, local.entityType(), local.entityId(),
                    local.before(), local.after());
            AuditChain.append(connection, synced, nodeId);
        } catch (SQLException | JsonProcessingException e) {
            throw new HibernateException("could not audit the synced change of " + persister.getEntityName()
                    + " " + entity.getId(), e);
        }
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

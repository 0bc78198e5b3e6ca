package cn.projectdesk.core.store;

import cn.projectdesk.core.domain.SyncableEntity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.BasicType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;

/**
 * Reads and writes an entity's fields as the canonical change-log text ({@link ChangeValueFormat}), the
 * reverse of the capture: references become proxies by id, converted sets go through their converter,
 * everything else through Hibernate's own parser of the Java type.
 */
final class FieldWriter {
    private static final java.util.Set<String> STAMPS = java.util.Set.of(SyncableEntity.HLC, SyncableEntity.ORIGIN_NODE,
            SyncableEntity.UPDATED_BY, SyncableEntity.VERSION);
    private final Session session;
    private final EntityPersister persister;

    FieldWriter(Session session, Class<?> type) {
        this.session = session;
        this.persister = session.getSessionFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(type);
    }

    /** The data fields as canonical text (of the loaded row, never of a lazy proxy's empty fields); the row stamps (clock, node, actor, version) are local bookkeeping. */
    Map<String, String> values(Object row) {
        Object entity = org.hibernate.Hibernate.unproxy(row);
        Map<String, String> values = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (STAMPS.contains(names[i])) {
                continue;
            }
            values.put(names[i], ChangeValueFormat.format(persister.getValue(entity, i)));
        }
        return values;
    }

    Object instantiate(UUID id) {
        SharedSessionContractImplementor implementor = session.unwrap(SharedSessionContractImplementor.class);
        Object entity = persister.instantiate(id, implementor);
        persister.setIdentifier(entity, id, implementor);
        return entity;
    }

    /**
     * Sets a field on the entity itself. A row an earlier change of the batch referenced is a lazy proxy
     * in the session; its own fields are empty and writing them would be silently lost, so the write
     * goes to the loaded instance (found by the convergence test: a task, then its project's rename).
     */
    void set(Object row, String field, String text) {
        Object entity = org.hibernate.Hibernate.unproxy(row);
        int index;
        try {
            index = persister.getPropertyIndex(field);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(persister.getEntityName() + " has no field " + field, e);
        }
        persister.setValue(entity, index, parse(persister.getPropertyTypes()[index], field, text));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object parse(Type type, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            if (type instanceof EntityType reference) {
                return session.getReference(reference.getAssociatedEntityName(), UUID.fromString(text));
            }
            if (type instanceof BasicType<?> basic) {
                BasicValueConverter converter = basic.getValueConverter();
                if (converter != null) {
                    return converter.toDomainValue(text);
                }
                return basic.getJavaTypeDescriptor().fromString(text);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("value '" + text + "' does not fit " + persister.getEntityName()
                    + "." + field + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(persister.getEntityName() + "." + field + " cannot be synchronised (type "
                + type.getName() + ")");
    }
}

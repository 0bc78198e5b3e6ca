package cn.projectdesk.core.store;

import cn.projectdesk.core.domain.SyncableEntity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of value each field of each synchronised entity holds, read from the entity classes
 * (field access: property name = field name). The merge policy needs it on nodes and on the server,
 * which has no ORM, so it is plain reflection over {@link PersistentTypes}.
 */
public final class EntityFields {
    public static final String DELETED = SyncableEntity.DELETED;

    public enum Kind { TEXT, NUMBER, MONEY, DATE, ENUM, REFERENCE, FLAG, OTHER }

    private static final Map<String, Class<?>> TYPES = new HashMap<>();
    private static final Map<String, Map<String, Kind>> KINDS = new HashMap<>();

    static {
        for (Class<?> type : PersistentTypes.ALL) {
            TYPES.put(type.getSimpleName(), type);
            Map<String, Kind> kinds = new HashMap<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        kinds.putIfAbsent(field.getName(), kindOf(field.getType()));
                    }
                }
            }
            KINDS.put(type.getSimpleName(), Map.copyOf(kinds));
        }
    }

    private EntityFields() {
    }

    private static Kind kindOf(Class<?> type) {
        if (type == String.class) {
            return Kind.TEXT;
        }
        if (type == BigDecimal.class) {
            return Kind.MONEY;
        }
        if (type == LocalDate.class || type == Instant.class || type == LocalDateTime.class) {
            return Kind.DATE;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        if (SyncableEntity.class.isAssignableFrom(type)) {
            return Kind.REFERENCE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.FLAG;
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return Kind.NUMBER;
        }
        return Kind.OTHER;
    }

    /** The entity class of a change-log entity type (its simple name), if it is a synchronised type. */
    public static Optional<Class<?>> type(String entityType) {
        return Optional.ofNullable(TYPES.get(entityType));
    }

    public static Kind kind(String entityType, String field) {
        Map<String, Kind> kinds = KINDS.get(entityType);
        return kinds == null ? Kind.OTHER : kinds.getOrDefault(field, Kind.OTHER);
    }

    public static boolean known(String entityType, String field) {
        Map<String, Kind> kinds = KINDS.get(entityType);
        return kinds != null && kinds.containsKey(field);
    }
}

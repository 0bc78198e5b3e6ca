package cn.projectdesk.core.store;

import cn.projectdesk.core.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Refuses, before anything is written, a sync-conflict choice that would give a row a value another row
 * holds under one of the table's unique indexes (ADR 32): the server renames a project code another
 * project claimed first, so "keep mine" on it can only collide. The indexes are read from the database
 * itself, so every unique field of every synchronised table is covered (project and org-unit codes,
 * user names, code-list entries…); the other columns of a composite index keep the row's own values.
 */
final class UniqueValues {
    /** Message keys for the unique fields people meet; any other one gets the general sentence. */
    private static final Map<String, String> KEYS = Map.of(
            "Project.code", "validation.conflict.taken.projectCode",
            "AppUser.username", "validation.conflict.taken.username",
            "OrgUnit.code", "validation.conflict.taken.orgUnitCode");
    private static final String GENERAL_KEY = "validation.conflict.taken";
    /** Fields that name a row for people, in the order they are looked for. */
    private static final List<String> LABELS = List.of("name", "displayName", "title");

    private UniqueValues() {
    }

    /**
     * Throws a {@link ValidationException} (field, message key, arguments: the value and the row holding
     * it) when {@code value} in {@code field} of row {@code id} would break a unique index.
     */
    static void requireFree(Session session, Class<?> type, UUID id, String field, String value) {
        if (value == null) {
            return; // unique indexes let any number of rows leave the value empty
        }
        Optional<String> column = column(type, field);
        Table table = type.getAnnotation(Table.class);
        if (column.isEmpty() || table == null) {
            return;
        }
        Optional<UUID> holder = session.doReturningWork(c -> holder(c, table.name(), column.get(), id, value));
        if (holder.isEmpty()) {
            return;
        }
        String key = KEYS.getOrDefault(type.getSimpleName() + "." + field, GENERAL_KEY);
        throw new ValidationException(Map.of(field, key), List.of(value, label(session, type, holder.get())));
    }

    private static Optional<UUID> holder(Connection c, String table, String column, UUID id, String value)
            throws SQLException {
        for (List<String> index : uniqueIndexesWith(c, table, column)) {
            StringBuilder sql = new StringBuilder("SELECT o.id FROM ").append(table).append(" o JOIN ").append(table)
                    .append(" me ON me.id = ? WHERE o.id <> me.id AND o.").append(column).append(" = ?");
            for (String other : index) {
                if (!other.equalsIgnoreCase(column)) {
                    sql.append(" AND o.").append(other).append(" = me.").append(other);
                }
            }
            try (PreparedStatement select = c.prepareStatement(sql.append(" ORDER BY o.id").toString())) {
                select.setObject(1, id);
                select.setString(2, value);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The columns of each unique index of the table that includes {@code column} (the primary key never does). */
    private static List<List<String>> uniqueIndexesWith(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet rs = meta.getIndexInfo(null, null, name, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String indexColumn = rs.getString("COLUMN_NAME");
                if (index != null && indexColumn != null) {
                    indexes.computeIfAbsent(index, k -> new ArrayList<>()).add(indexColumn);
                }
            }
        }
        return indexes.values().stream().filter(cols -> cols.stream().anyMatch(column::equalsIgnoreCase)).toList();
    }

    /** The column a field is mapped to (entities use field access and name their columns). */
    private static Optional<String> column(Class<?> type, String field) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!f.getName().equals(field)) {
                    continue;
                }
                Column column = f.getAnnotation(Column.class);
                if (column != null && !column.name().isEmpty()) {
                    return Optional.of(column.name());
                }
                JoinColumn join = f.getAnnotation(JoinColumn.class);
                if (join != null && !join.name().isEmpty()) {
                    return Optional.of(join.name());
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "name (code)" style: the holder's name when it has one, else its id. */
    private static String label(Session session, Class<?> type, UUID holder) {
        Object row = session.find(type, holder);
        Map<String, String> values = row == null ? Map.of() : new FieldWriter(session, type).values(row);
        return LABELS.stream().map(values::get).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(holder.toString());
    }
}

package cn.projectdesk.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the captured changes in commit order: what the audit chain and the sync outbox consume. */
public final class ChangeLog {
    private static final TypeReference<LinkedHashMap<String, FieldChange>> CHANGES = new TypeReference<>() {
    };
    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();

    ChangeLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Entries with a sequence number greater than {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<ChangeLogEntry> since(long afterSeq, int limit) {
        return query("WHERE seq > ? ORDER BY seq LIMIT ?", afterSeq, limit);
    }

    /** The history of one row, oldest first. */
    public List<ChangeLogEntry> forEntity(UUID entityId) {
        return query("WHERE entity_id = ? ORDER BY seq", entityId);
    }

    private List<ChangeLogEntry> query(String where, Object... parameters) {
        String sql = "SELECT seq, change_id, entity_type, entity_id, operation, changes, actor, hlc, node_id, recorded_at "
                + "FROM change_log " + where;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<ChangeLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ChangeLogEntry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, UUID.class), ChangeOperation.valueOf(rs.getString(5)),
                            parse(rs.getString(6)), rs.getString(7), rs.getLong(8), rs.getString(9),
                            rs.getTimestamp(10).toInstant()));
                }
            }
            c.rollback();
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the change log", e);
        }
    }

    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM change_log");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the change log", e);
        }
    }

    private Map<String, FieldChange> parse(String text) {
        try {
            return json.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable change-log entry: " + text, e);
        }
    }
}

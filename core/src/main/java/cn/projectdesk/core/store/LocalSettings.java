package cn.projectdesk.core.store;

import cn.projectdesk.core.clock.TimeOrderedUuid;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Settings of this installation only (node id, demo mode, language): never synchronised and so not
 * change-captured. Shared data lives in entities.
 */
public final class LocalSettings {
    public static final String NODE_ID = "node.id";
    public static final String DEMO_DATA = "demo.active";
    /** The folder the node id belongs to, and the ids this database had before it was restored or copied. */
    public static final String NODE_FOLDER = "node.folder";
    public static final String PREVIOUS_NODE_IDS = "node.previous";
    /** The installation ({@link InstallationId}) the node id belongs to: a copy on another PC at the same path differs here. */
    public static final String NODE_MACHINE = "node.machine";

    private final DataSource dataSource;

    LocalSettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> get(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                Optional<String> value = rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                c.rollback();
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read setting " + key, e);
        }
    }

    public void put(String key, String value) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement merge = c.prepareStatement("MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)")) {
            merge.setString(1, key);
            merge.setString(2, value);
            merge.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not save setting " + key, e);
        }
    }

    public boolean flag(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * The node id for the database opened from {@code folder} on the installation {@code machine}. A node
     * id belongs to one installation; a database found in another folder than the one its id was made in,
     * or made on another PC (ADR 32: a copy at the same path), is a restored backup or a copy (ADR 26) and
     * may run beside the original, so it takes a new id (the old ones are kept in {@link #PREVIOUS_NODE_IDS});
     * its earlier changes keep their ids and are idempotent at the server. A folder from before either
     * binding adopts this folder and installation without a new id. An empty {@code machine} (no
     * installation id could be kept) checks the folder only.
     */
    synchronized String nodeIdFor(java.nio.file.Path folder, Optional<String> machine) {
        String here = realPath(folder);
        Optional<String> home = get(NODE_FOLDER);
        Optional<String> madeOn = get(NODE_MACHINE);
        Optional<String> id = get(NODE_ID);
        boolean moved = home.isPresent() && !home.get().equals(here);
        boolean copied = machine.isPresent() && madeOn.isPresent() && !madeOn.get().equals(machine.get());
        if (id.isPresent() && (moved || copied)) {
            String fresh = TimeOrderedUuid.next().toString();
            put(PREVIOUS_NODE_IDS, get(PREVIOUS_NODE_IDS).map(p -> p + ",").orElse("") + id.get());
            put(NODE_ID, fresh);
            put(NODE_FOLDER, here);
            machine.ifPresent(m -> put(NODE_MACHINE, m));
            return fresh;
        }
        if (home.isEmpty()) {
            put(NODE_FOLDER, here);
        }
        if (madeOn.isEmpty() && machine.isPresent()) {
            put(NODE_MACHINE, machine.get());
        }
        return nodeId();
    }

    private static String realPath(java.nio.file.Path folder) {
        try {
            return folder.toRealPath().toString(); // the same folder through a link is the same installation
        } catch (java.io.IOException e) {
            return folder.toAbsolutePath().normalize().toString();
        }
    }

    /** This installation's node id, created on first use. */
    synchronized String nodeId() {
        return get(NODE_ID).orElseGet(() -> {
            String id = TimeOrderedUuid.next().toString();
            put(NODE_ID, id);
            return id;
        });
    }
}

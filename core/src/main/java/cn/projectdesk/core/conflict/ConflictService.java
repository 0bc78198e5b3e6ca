package cn.projectdesk.core.conflict;

import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.core.store.Replication;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sync conflicts of this node for the Sync screen and {@code projectdesk conflicts}: reading them
 * needs project view; choosing a value overwrites a record's field, so it needs project edit (or
 * administration), checked here rather than in the screen. Writes go through {@link Replication}, as
 * captured, audited local edits.
 */
public final class ConflictService {
    private final Database database;

    public ConflictService(Database database) {
        this.database = database;
    }

    /** Conflicts oldest first; only the open ones unless {@code openOnly} is false. */
    public List<ConflictRow> list(UserSession user, boolean openOnly) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.replication().conflicts(openOnly);
    }

    /** The record's fields as they are now on this node (empty when the record is not here). */
    public Map<String, String> currentValues(UserSession user, ConflictRow conflict) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.replication().values(conflict.entityType(), conflict.entityId());
    }

    /**
     * Closes the conflict keeping one side; returns the value the field had before, which {@link #reopen}
     * takes to undo it.
     */
    public String resolve(UserSession user, UUID conflictId, Replication.Resolution resolution) {
        requireResolver(user);
        ConflictRow conflict = database.replication().conflicts(false).stream().filter(r -> r.id().equals(conflictId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no conflict " + conflictId));
        String before = database.replication().values(conflict.entityType(), conflict.entityId()).get(conflict.field());
        database.replication().resolve(conflictId, resolution, user.username());
        return before;
    }

    /** Undoes {@link #resolve}: the field gets {@code previousValue} back and the conflict is open again. */
    public void reopen(UserSession user, UUID conflictId, String previousValue) {
        requireResolver(user);
        database.replication().reopen(conflictId, previousValue, user.username());
    }

    private static void requireResolver(UserSession user) {
        if (user == null || !(user.has(Permission.PROJECT_EDIT) || user.has(Permission.ADMINISTER))) {
            throw new AccessDeniedException(user == null ? "(nobody)" : user.username(), Permission.PROJECT_EDIT,
                    "sync conflict");
        }
    }
}

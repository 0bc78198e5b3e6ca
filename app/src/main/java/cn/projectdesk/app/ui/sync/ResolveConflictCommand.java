package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.core.store.Replication;

/**
 * "Keep mine" / "Keep theirs" on one field, through the same {@link Replication#resolve} as
 * {@code projectdesk conflicts resolve}. It remembers the value in place before, so undo puts it back
 * and opens the conflict again ({@link Replication#reopen}); both directions are ordinary captured
 * edits that sync out like any other.
 */
final class ResolveConflictCommand implements Command {
    private final Replication replication;
    private final ConflictRow conflict;
    private final Replication.Resolution resolution;
    private final String actor;
    private final String description;
    private String before;

    ResolveConflictCommand(Replication replication, ConflictRow conflict, Replication.Resolution resolution, String actor,
                           String description) {
        this.replication = replication;
        this.conflict = conflict;
        this.resolution = resolution;
        this.actor = actor;
        this.description = description;
    }

    @Override
    public void execute() {
        before = replication.values(conflict.entityType(), conflict.entityId()).get(conflict.field());
        replication.resolve(conflict.id(), resolution, actor);
    }

    @Override
    public void undo() {
        replication.reopen(conflict.id(), before, actor);
    }

    @Override
    public String description() {
        return description;
    }
}

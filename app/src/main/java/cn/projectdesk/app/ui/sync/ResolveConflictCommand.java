package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.conflict.ConflictService;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.core.store.Replication;

/**
 * "Keep mine" / "Keep theirs" on one field, through the same {@link ConflictService#resolve} as
 * {@code projectdesk conflicts resolve} (which checks the user may edit). It remembers the value in place
 * before, so undo puts it back and opens the conflict again ({@link ConflictService#reopen}); both
 * directions are ordinary captured edits that sync out like any other.
 */
final class ResolveConflictCommand implements Command {
    private final ConflictService conflicts;
    private final ConflictRow conflict;
    private final Replication.Resolution resolution;
    private final UserSession user;
    private final String description;
    private String before;

    ResolveConflictCommand(ConflictService conflicts, ConflictRow conflict, Replication.Resolution resolution,
                           UserSession user, String description) {
        this.conflicts = conflicts;
        this.conflict = conflict;
        this.resolution = resolution;
        this.user = user;
        this.description = description;
    }

    @Override
    public void execute() {
        before = conflicts.resolve(user, conflict.id(), resolution);
    }

    @Override
    public void undo() {
        conflicts.reopen(user, conflict.id(), before);
    }

    @Override
    public String description() {
        return description;
    }
}

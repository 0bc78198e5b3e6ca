package cn.projectdesk.sync.merge;

import cn.projectdesk.core.store.ChangeLogEntry;
import cn.projectdesk.core.store.ChangeMerger;
import cn.projectdesk.core.store.EntityFields;
import cn.projectdesk.core.store.EntitySnapshot;
import cn.projectdesk.core.store.FieldChange;
import cn.projectdesk.core.store.FieldVersion;
import cn.projectdesk.core.store.MergeConflict;
import cn.projectdesk.core.store.MergeConflict.ConflictKind;
import cn.projectdesk.core.store.MergeDecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The merge, per field, on plain records (used by nodes and by the server alike, so all of them agree).
 * <ul>
 * <li>A field takes the pulled value when the pulled write is later (clock, then node id) than the
 * field's last write; otherwise the field keeps its value. The outcome depends only on the set of
 * writes, not on the order they arrive in, so every node converges.</li>
 * <li>Nothing is lost silently: when the pulled value wins over a value its writer had not seen (its
 * old value differs from ours), our value is kept as a conflict; when the pulled value loses and
 * differs from ours, the pulled value is kept as a conflict.</li>
 * <li>A row deleted here meeting an edit from elsewhere, or a pulled delete of a row edited here later
 * than the delete, is a delete/edit conflict; the fields still merge, so "restore" loses nothing.</li>
 * <li>Append-only records (approval actions, payments) never conflict: they are written once.</li>
 * <li>Money, dates and approval states keep the same winner rule but their conflicts are marked for
 * strict review (ADR 11).</li>
 * </ul>
 */
public final class FieldMergeEngine implements ChangeMerger {
    private final MergePolicy policy;

    public FieldMergeEngine(MergePolicy policy) {
        this.policy = policy;
    }

    public FieldMergeEngine() {
        this(MergePolicy.standard());
    }

    @Override
    public MergeDecision merge(EntitySnapshot local, ChangeLogEntry remote) {
        Map<String, String> apply = new LinkedHashMap<>();
        List<MergeConflict> conflicts = new ArrayList<>();
        boolean appendOnly = policy.appendOnly(remote.entityType());
        for (Map.Entry<String, FieldChange> e : remote.changes().entrySet()) {
            String field = e.getKey();
            FieldChange change = e.getValue();
            FieldVersion theirs = new FieldVersion(change.newValue(), remote.hlc(), remote.nodeId(), remote.changeId());
            FieldVersion mine = local.exists() ? local.fields().get(field) : null;
            if (mine == null) {
                apply.put(field, change.newValue());
                continue;
            }
            boolean same = Objects.equals(mine.value(), change.newValue());
            if (theirs.compareClock(mine) > 0) {
                apply.put(field, change.newValue());
                boolean unseen = !Objects.equals(change.oldValue(), mine.value());
                if (unseen && !same && !appendOnly) {
                    conflicts.add(conflict(remote, field, ConflictKind.FIELD, theirs, mine, true));
                }
            } else if (!same && !appendOnly) {
                conflicts.add(conflict(remote, field, ConflictKind.FIELD, mine, theirs, false));
            }
        }
        if (local.exists() && !appendOnly) {
            deleteVersusEdit(local, remote).ifPresent(conflicts::add);
        }
        return new MergeDecision(apply, conflicts);
    }

    private java.util.Optional<MergeConflict> deleteVersusEdit(EntitySnapshot local, ChangeLogEntry remote) {
        FieldChange tombstone = remote.changes().get(EntityFields.DELETED);
        boolean remoteDeletes = tombstone != null && "true".equals(tombstone.newValue());
        boolean remoteEdits = remote.changes().keySet().stream().anyMatch(f -> !f.equals(EntityFields.DELETED));
        FieldVersion deletedHere = local.fields().get(EntityFields.DELETED);
        if (local.deleted() && remoteEdits && !remoteDeletes && tombstone == null) {
            // the row was deleted here before this edit arrived: the deleting node never saw the edit
            FieldVersion edit = new FieldVersion("false", remote.hlc(), remote.nodeId(), remote.changeId());
            return java.util.Optional.of(conflict(remote, EntityFields.DELETED, ConflictKind.DELETE_EDIT,
                    deletedHere, edit, false));
        }
        if (remoteDeletes && !local.deleted()) {
            FieldVersion latestEdit = local.fields().entrySet().stream()
                    .filter(f -> !f.getKey().equals(EntityFields.DELETED))
                    .map(Map.Entry::getValue)
                    .filter(v -> v.hlc() > remote.hlc() && !v.nodeId().equals(remote.nodeId()))
                    .max(FieldVersion::compareClock).orElse(null);
            if (latestEdit != null) {
                // an edit later than the delete cannot have been seen by the deleting node
                FieldVersion delete = new FieldVersion("true", remote.hlc(), remote.nodeId(), remote.changeId());
                FieldVersion edit = new FieldVersion("false", latestEdit.hlc(), latestEdit.nodeId(), latestEdit.changeId());
                FieldVersion winner = delete.compareClock(deletedHere) > 0 ? delete : deletedHere;
                return java.util.Optional.of(conflict(remote, EntityFields.DELETED, ConflictKind.DELETE_EDIT,
                        winner, edit, true));
            }
        }
        return java.util.Optional.empty();
    }

    private MergeConflict conflict(ChangeLogEntry remote, String field, ConflictKind kind, FieldVersion winner,
                                   FieldVersion loser, boolean localLost) {
        return new MergeConflict(remote.entityType(), remote.entityId(), field, kind,
                policy.strict(remote.entityType(), field), winner, loser, localLost);
    }
}

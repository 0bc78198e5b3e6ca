package cn.projectdesk.core.store;

/** Decides how a pulled change meets the local row; a pure function (the sync module's merge engine). */
@FunctionalInterface
public interface ChangeMerger {
    MergeDecision merge(EntitySnapshot local, ChangeLogEntry remote);
}

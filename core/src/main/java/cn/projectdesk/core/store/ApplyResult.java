package cn.projectdesk.core.store;

/** Outcome of applying one pulled batch: applied changes, replays skipped by change id, conflicts kept. */
public record ApplyResult(int applied, int duplicates, int conflicts) {
}

package cn.projectdesk.core.store;

/** What a change-log row records; DELETE is a tombstone (the row stays, flagged deleted). */
public enum ChangeOperation {
    INSERT, UPDATE, DELETE
}

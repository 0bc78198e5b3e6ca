package cn.projectdesk.core.risk;

/** open → acknowledged → rectified (with a note) → closed. */
public enum WarningStatus {
    OPEN, ACKNOWLEDGED, RECTIFIED, CLOSED
}

package cn.projectdesk.core.risk;

/** How urgent a warning is; ordered from the most urgent. */
public enum WarningSeverity {
    HIGH, MEDIUM, LOW
}

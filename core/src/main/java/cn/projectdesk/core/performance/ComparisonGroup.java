package cn.projectdesk.core.performance;

/** What a cross-project comparison groups by. */
public enum ComparisonGroup {
    DEPARTMENT, TYPE, YEAR
}

package cn.projectdesk.core.acceptance;

/** A checklist item's result: not yet checked, 合格, 不合格. */
public enum CheckResult {
    PENDING, PASS, FAIL
}

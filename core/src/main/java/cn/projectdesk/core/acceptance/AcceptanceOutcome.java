package cn.projectdesk.core.acceptance;

/** 待验收; 通过; 整改后复验 (failed checklist items became rectification items); 不通过 (panel average below 60). */
public enum AcceptanceOutcome {
    PENDING, PASSED, RECTIFY, FAILED
}

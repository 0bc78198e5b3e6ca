package cn.projectdesk.core.change;

/** 范围变更, 进度变更, 投资（预算）变更. */
public enum ChangeKind {
    SCOPE, SCHEDULE, BUDGET
}

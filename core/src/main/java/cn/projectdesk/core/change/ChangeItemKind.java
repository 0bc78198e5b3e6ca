package cn.projectdesk.core.change;

/** What one impact line changes: a task's duration, a new task (scope), or the project's approved budget. */
public enum ChangeItemKind {
    TASK_DURATION, TASK_ADD, PROJECT_BUDGET
}

package cn.projectdesk.app.ui.gantt.layout;

/**
 * What a shape of the display list represents; each painter (screen, PDF, PNG) maps it to its colours
 * and fonts, so that the chart looks the same on every medium.
 */
public enum Ink {
    BACKGROUND, NON_WORKING, GRID, ROW_SELECTED,
    HEADER_BACKGROUND, HEADER_LINE, HEADER_TEXT,
    TABLE_TEXT, TABLE_TEXT_BOLD, TABLE_HEADER_TEXT,
    TASK, TASK_PROGRESS, TASK_BEHIND, TASK_BEHIND_PROGRESS, TASK_CRITICAL, TASK_CRITICAL_PROGRESS,
    SUMMARY, MILESTONE, MILESTONE_CRITICAL, BASELINE, LABEL,
    ARROW, ARROW_CRITICAL, TODAY, STATUS_DATE, DRAG_PREVIEW, PAGE_TEXT,
    MILESTONE_DONE, MILESTONE_DUE_SOON, MILESTONE_OVERDUE
}

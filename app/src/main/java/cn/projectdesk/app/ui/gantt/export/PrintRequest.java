package cn.projectdesk.app.ui.gantt.export;

import java.time.LocalDate;

/** What to print: paper, orientation and the date range (null = the project's own, with a margin). */
public record PrintRequest(Paper paper, boolean portrait, LocalDate from, LocalDate until) {
    public PrintRequest {
        if (paper == null) {
            throw new IllegalArgumentException("paper is required");
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until before from");
        }
    }
}

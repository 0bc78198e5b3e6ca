package cn.projectdesk.core.progress;

import java.time.LocalDate;

/**
 * A task's progress exactly as stored: % complete and actual dates. Unlike {@link ProgressUpdate} it
 * fills nothing in, so undo can put back a task that had no actual start.
 */
public record ProgressState(int percentComplete, LocalDate actualStart, LocalDate actualFinish) {
}

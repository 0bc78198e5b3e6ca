package cn.projectdesk.core.schedule;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the solver schedules: tasks, links between their indexes, and either the project start or,
 * for a plan scheduled from its finish (MS Project's "schedule from: project finish date"), the
 * finish; then {@code start} only anchors the calendar and may be null.
 */
public record CpmProject(List<CpmTask> tasks, List<CpmLink> links, LocalDateTime start, LocalDateTime finish) {
    public CpmProject {
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        if (start == null && finish == null) {
            throw new IllegalArgumentException("a project needs a start or a finish date");
        }
        for (CpmLink link : links) {
            if (link.predecessor() < 0 || link.predecessor() >= tasks.size()
                    || link.successor() < 0 || link.successor() >= tasks.size()) {
                throw new IllegalArgumentException("link to a missing task: " + link);
            }
        }
    }

    /** Scheduled forward from the start. */
    public CpmProject(List<CpmTask> tasks, List<CpmLink> links, LocalDateTime start) {
        this(tasks, links, start, null);
    }

    public static CpmProject fromFinish(List<CpmTask> tasks, List<CpmLink> links, LocalDateTime finish) {
        return new CpmProject(tasks, links, null, finish);
    }

    public boolean scheduledFromFinish() {
        return finish != null;
    }
}

package cn.projectdesk.core.schedule;

import java.time.LocalDateTime;
import java.util.List;

/** What the solver schedules: tasks, links between their indexes, and the project start. */
public record CpmProject(List<CpmTask> tasks, List<CpmLink> links, LocalDateTime start) {
    public CpmProject {
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        for (CpmLink link : links) {
            if (link.predecessor() < 0 || link.predecessor() >= tasks.size()
                    || link.successor() < 0 || link.successor() >= tasks.size()) {
                throw new IllegalArgumentException("link to a missing task: " + link);
            }
        }
    }
}

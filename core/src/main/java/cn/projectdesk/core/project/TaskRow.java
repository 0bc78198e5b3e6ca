package cn.projectdesk.core.project;

import java.time.LocalDate;
import java.util.UUID;

/** One WBS line as the tree table shows it, in tree order; {@code level} 0 is the top. */
public record TaskRow(UUID id, UUID parentId, int level, String wbsCode, String name, int durationDays,
                      LocalDate start, LocalDate finish, int percentComplete, boolean milestone, boolean summary,
                      String predecessors, String notes, long version) {
}

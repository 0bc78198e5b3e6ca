package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.project.LifecycleStage;
import java.time.LocalDate;

/** A move into a stage: from (null for the first), to, on which date, by whom, with what note. */
public record StageHistoryEntry(LifecycleStage from, LifecycleStage to, LocalDate on, String actor, String note) {
}

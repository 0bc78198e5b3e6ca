package cn.projectdesk.core.workflow;

import java.time.Instant;

/** One line of a request's history: when, who (and for whom, if delegated), what, at which step, opinion. */
public record TimelineEntry(int seq, int round, Instant at, ActionType type, String actor, String actorName,
                            String onBehalfOf, String onBehalfOfName, Integer stepIndex, String stepName, String opinion) {
}

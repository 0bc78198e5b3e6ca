package cn.projectdesk.core.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A step waiting longer than its flow allows, counted in working days of the project's calendar. */
public record OverdueNotice(UUID requestId, String code, RequestType type, String projectCode, String title,
                            String stepName, List<String> waitingFor, LocalDate since, int workingDaysWaiting,
                            int dueWorkingDays) {
    public OverdueNotice {
        waitingFor = List.copyOf(waitingFor);
    }
}

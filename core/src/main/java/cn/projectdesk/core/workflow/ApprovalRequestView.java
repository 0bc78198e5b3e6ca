package cn.projectdesk.core.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request as inboxes, the CLI and forms see it: where it stands (status, current step and who it
 * waits for, by username) and what it asks.
 */
public record ApprovalRequestView(UUID id, String code, RequestType type, UUID projectId, String projectCode,
                                  String projectName, String title, String content, BigDecimal amount,
                                  RequestStatus status, String requester, String requesterName, int round,
                                  Integer currentStep, String currentStepName, List<String> waitingFor,
                                  Instant createdAt, Instant submittedAt, Instant stepSince, Instant closedAt,
                                  long version) {
    public ApprovalRequestView {
        waitingFor = List.copyOf(waitingFor);
    }
}

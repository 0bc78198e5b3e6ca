package cn.projectdesk.core.workflow;

import java.time.LocalDate;
import java.util.UUID;

/** The principal's steps may also be taken by the delegate from..until (inclusive). */
public record DelegationView(UUID id, String principal, String delegate, LocalDate validFrom, LocalDate validUntil,
                             String reason) {
}

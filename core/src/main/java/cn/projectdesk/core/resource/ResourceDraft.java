package cn.projectdesk.core.resource;

import java.math.BigDecimal;
import java.util.UUID;

/** What an officer enters for a resource; capacity in percent (100 = one full-time unit). */
public record ResourceDraft(String name, ResourceKind kind, UUID orgUnitId, BigDecimal costPerDay, int maxUnits,
                            String skills) {
}

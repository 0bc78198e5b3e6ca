package cn.projectdesk.core.resource;

import java.math.BigDecimal;
import java.util.UUID;

public record ResourceRow(UUID id, String name, ResourceKind kind, String orgUnitName, BigDecimal costPerDay,
                          int maxUnits, String skills) {
}

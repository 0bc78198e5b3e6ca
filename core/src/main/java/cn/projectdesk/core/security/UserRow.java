package cn.projectdesk.core.security;

import java.time.Instant;
import java.util.UUID;

/** A user as the administrator's list shows it (with whether a second factor is on); never the password hash. */
public record UserRow(UUID id, String username, String displayName, UUID orgUnitId, String orgUnitName,
                      String roleCode, boolean active, Instant lockedUntil, boolean secondFactor) {
}

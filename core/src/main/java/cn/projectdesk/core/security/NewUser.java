package cn.projectdesk.core.security;

import java.util.UUID;

/** What the administrator enters for a new account; the password is the first one, to be changed by its owner. */
public record NewUser(String username, String displayName, UUID orgUnitId, String roleCode, char[] password) {
}

package cn.projectdesk.core.security;

import cn.projectdesk.core.store.AuditEvent;
import cn.projectdesk.core.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks a username and password; five failures in a row lock the account for fifteen minutes. */
public final class AuthenticationService {
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationService.class);
    private static final String SYSTEM_ACTOR = "system";

    private final Database database;
    private final Clock clock;

    public AuthenticationService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public UserSession login(String username, char[] password) {
        Instant now = clock.instant();
        Outcome outcome = database.inTransaction(SYSTEM_ACTOR, session -> {
            Optional<AppUser> found = session.createSelectionQuery(
                            "from AppUser where username = :u and deleted = false", AppUser.class)
                    .setParameter("u", username).uniqueResultOptional();
            if (found.isEmpty()) {
                database.audit(session, AuditEvent.of(AuditEvent.LOGIN_FAILED, auditName(username)));
                return new Outcome(null, new LoginFailedException(LoginFailedException.Reason.BAD_CREDENTIALS, null));
            }
            AppUser user = found.get();
            if (!user.isActive()) {
                database.audit(session, AuditEvent.of(AuditEvent.LOGIN_FAILED, user.getUsername()));
                return new Outcome(null, new LoginFailedException(LoginFailedException.Reason.DISABLED, null));
            }
            if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
                database.audit(session, AuditEvent.of(AuditEvent.LOGIN_FAILED, user.getUsername()));
                return new Outcome(null, new LoginFailedException(LoginFailedException.Reason.LOCKED, user.getLockedUntil()));
            }
            if (!PasswordHasher.matches(password, user.getPasswordHash())) {
                user.recordFailedLogin(MAX_FAILED_LOGINS, now, LOCK_DURATION);
                database.audit(session, AuditEvent.of(AuditEvent.LOGIN_FAILED, user.getUsername()));
                LoginFailedException failure = user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)
                        ? new LoginFailedException(LoginFailedException.Reason.LOCKED, user.getLockedUntil())
                        : new LoginFailedException(LoginFailedException.Reason.BAD_CREDENTIALS, null);
                return new Outcome(null, failure);
            }
            if (user.getFailedLogins() != 0 || user.getLockedUntil() != null) {
                user.recordSuccessfulLogin();
            }
            database.audit(session, AuditEvent.of(AuditEvent.LOGIN_OK, user.getUsername()));
            return new Outcome(sessionOf(user), null);
        });
        if (outcome.failure() != null) {
            LOG.info("Login failed for {}: {}", username, outcome.failure().reason());
            throw outcome.failure();
        }
        LOG.info("User {} signed in", username);
        return outcome.session();
    }

    /** What was typed as a user name, cut to the column's width (it is never a password field). */
    private static String auditName(String typed) {
        String name = typed == null ? "" : typed.strip();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    static UserSession sessionOf(AppUser user) {
        return new UserSession(user.getId(), user.getUsername(), user.getDisplayName(), user.getOrgUnit().getId(),
                user.getOrgUnit().getName(), user.getOrgUnit().getPath(), user.getRole().getCode(),
                user.getRole().effectivePermissions());
    }

    /** The failed-login counter must be saved even though the login fails, so it is returned, not thrown. */
    private record Outcome(UserSession session, LoginFailedException failure) {
    }
}

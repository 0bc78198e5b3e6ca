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
    static final String UNLOCK_OK = "UNLOCK_OK";
    static final String UNLOCK_FAILED = "UNLOCK_FAILED";

    private final Database database;
    private final Clock clock;

    public AuthenticationService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public UserSession login(String username, char[] password) {
        return login(username, password, null);
    }

    /**
     * As {@link #login(String, char[])}, with the one-time code of a user who enabled the second factor;
     * without one such a user gets {@code SECOND_FACTOR_REQUIRED}, and a wrong code counts as a failure.
     */
    public UserSession login(String username, char[] password, String totpCode) {
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
            Optional<TotpEnrolment> secondFactor = SecondFactor.enabled(session, user);
            if (secondFactor.isPresent()) {
                if (totpCode == null || totpCode.isBlank()) {
                    database.audit(session, AuditEvent.of(AuditEvent.LOGIN_FAILED, user.getUsername()));
                    return new Outcome(null, new LoginFailedException(LoginFailedException.Reason.SECOND_FACTOR_REQUIRED, null));
                }
                if (!SecondFactor.accept(secondFactor.get(), password, totpCode, now)) {
                    user.recordFailedLogin(MAX_FAILED_LOGINS, now, LOCK_DURATION);
                    database.audit(session, AuditEvent.of(AuditEvent.LOGIN_FAILED, user.getUsername()));
                    return new Outcome(null, user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)
                            ? new LoginFailedException(LoginFailedException.Reason.LOCKED, user.getLockedUntil())
                            : new LoginFailedException(LoginFailedException.Reason.BAD_SECOND_FACTOR, null));
                }
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

    /**
     * The idle lock of the window: the signed-in user types the password again. A wrong one counts
     * towards the lockout like a failed login; both outcomes are on the audit chain.
     */
    public void confirmPassword(UserSession user, char[] password) {
        Instant now = clock.instant();
        LoginFailedException failure = database.inTransaction(SYSTEM_ACTOR, session -> {
            AppUser u = session.get(AppUser.class, user.userId());
            if (u == null || !u.isActive()) {
                database.audit(session, AuditEvent.of(UNLOCK_FAILED, user.username()));
                return new LoginFailedException(LoginFailedException.Reason.DISABLED, null);
            }
            if (u.getLockedUntil() != null && u.getLockedUntil().isAfter(now)) {
                database.audit(session, AuditEvent.of(UNLOCK_FAILED, user.username()));
                return new LoginFailedException(LoginFailedException.Reason.LOCKED, u.getLockedUntil());
            }
            if (!PasswordHasher.matches(password, u.getPasswordHash())) {
                u.recordFailedLogin(MAX_FAILED_LOGINS, now, LOCK_DURATION);
                database.audit(session, AuditEvent.of(UNLOCK_FAILED, user.username()));
                return u.getLockedUntil() != null && u.getLockedUntil().isAfter(now)
                        ? new LoginFailedException(LoginFailedException.Reason.LOCKED, u.getLockedUntil())
                        : new LoginFailedException(LoginFailedException.Reason.BAD_CREDENTIALS, null);
            }
            if (u.getFailedLogins() != 0) {
                u.recordSuccessfulLogin();
            }
            database.audit(session, AuditEvent.of(UNLOCK_OK, user.username()));
            return null;
        });
        if (failure != null) {
            throw failure;
        }
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

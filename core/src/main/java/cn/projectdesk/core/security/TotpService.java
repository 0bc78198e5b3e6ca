package cn.projectdesk.core.security;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import org.hibernate.Session;

/**
 * Second factor per user (TOTP, RFC 6238): enrol (a new secret and its otpauth URI for an authenticator
 * app), confirm with a first code (from then on login asks for a code), disable (the user, or an
 * administrator for a user who lost the device). Enrolling re-checks the password: it seals the secret.
 */
public final class TotpService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ISSUER = "ProjectDesk";

    private final Database database;
    private final Clock clock;

    public TotpService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What an authenticator app needs: the secret (base 32) and the otpauth URI (shown as a QR code). */
    public record TotpSetup(String secret, String otpauthUri) {
    }

    public TotpSetup enrol(UserSession user, char[] password) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return database.inTransaction(user.username(), s -> {
            AppUser me = me(s, user, password);
            SecondFactor.of(s, me).ifPresent(existing -> {
                if (existing.isEnabled()) {
                    throw ValidationException.of("totp", "validation.totp.alreadyEnabled");
                }
                existing.markDeleted(); // an unconfirmed earlier attempt
            });
            s.persist(new TotpEnrolment(me, TotpSecretBox.seal(secret, password), clock.instant()));
            String base32 = Base32.encode(secret);
            String label = URLEncoder.encode(ISSUER + ":" + user.username(), StandardCharsets.UTF_8).replace("+", "%20");
            return new TotpSetup(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                    + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
        });
    }

    /** The first code from the app proves it is set up; from now on login requires a code. */
    public void confirm(UserSession user, char[] password, String code) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        database.runInTransaction(user.username(), s -> {
            AppUser me = me(s, user, password);
            TotpEnrolment e = SecondFactor.of(s, me)
                    .orElseThrow(() -> ValidationException.of("totp", "validation.totp.notEnrolled"));
            long step = TotpSecretBox.open(e.getSealedSecret(), password)
                    .map(secret -> Totp.matchingStep(secret, code, clock.instant())).orElse(-1L);
            if (step < 0) {
                throw ValidationException.of("code", "validation.totp.wrongCode");
            }
            e.confirm(step);
        });
    }

    /** Turns the second factor off: for oneself, or by an administrator within their scope. */
    public void disable(UserSession user, String username) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        database.runInTransaction(user.username(), s -> {
            AppUser target = s.createSelectionQuery("from AppUser where username = :u and deleted = false", AppUser.class)
                    .setParameter("u", username).uniqueResultOptional()
                    .orElseThrow(() -> new NotFoundException("user " + username));
            if (!target.getId().equals(user.userId())) {
                AccessPolicy.requireInScope(user, Permission.ADMINISTER, target.getOrgUnit().getPath(), username);
            }
            TotpEnrolment e = SecondFactor.of(s, target)
                    .orElseThrow(() -> ValidationException.of("totp", "validation.totp.notEnrolled"));
            e.markDeleted();
        });
    }

    /** Whether login asks this user for a code. */
    public boolean isEnabled(UserSession user) {
        return database.read(s -> SecondFactor.enabled(s, s.get(AppUser.class, user.userId())).isPresent());
    }

    private static AppUser me(Session s, UserSession user, char[] password) {
        AppUser me = s.get(AppUser.class, user.userId());
        if (me == null || !PasswordHasher.matches(password, me.getPasswordHash())) {
            throw ValidationException.of("password", "validation.password.wrong");
        }
        return me;
    }
}

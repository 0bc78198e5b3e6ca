package cn.projectdesk.core.security;

import java.time.Instant;

/** Wrong user or password, or a locked or disabled account; never says which of user/password was wrong. */
public class LoginFailedException extends RuntimeException {
    public enum Reason {
        BAD_CREDENTIALS, LOCKED, DISABLED,
        /** the password is right, and the user's one-time code (TOTP) is needed too */
        SECOND_FACTOR_REQUIRED,
        BAD_SECOND_FACTOR
    }

    private final Reason reason;
    private final Instant lockedUntil;

    public LoginFailedException(Reason reason, Instant lockedUntil) {
        super(reason == Reason.LOCKED ? "account locked until " + lockedUntil : reason.name().toLowerCase());
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}

package cn.projectdesk.core.security;

import java.util.Optional;

/** At least 8 characters with letters and digits; returns the bundle key of the first rule broken. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit ? Optional.empty() : Optional.of("password.needsLettersAndDigits");
    }
}

package cn.projectdesk.core.report;

import cn.projectdesk.core.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * The short code printed on a form: 10 Crockford base-32 characters (50 bits of SHA-256 over the
 * request id, the digest of its content and actions, and the audit chain's head at print time), shown
 * as {@code XXXXX-XXXXX}. Crockford's alphabet has no I, L, O or U, so a code read off paper and typed
 * back in is forgiving: O reads as 0, I and L as 1, case and dashes do not matter.
 */
public final class VerificationCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;

    private VerificationCode() {
    }

    public static String derive(UUID requestId, String contentDigest, long auditSeq, String auditHash) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        String input = "projectdesk-form-v1|" + requestId + "|" + contentDigest + "|" + auditSeq + "|" + auditHash;
        byte[] digest = sha.digest(input.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = bits << 8 | (digest[i] & 0xFF);
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt((int) (bits >>> (59 - 5 * i) & 31)));
        }
        return code.toString();
    }

    /** The code as printed: {@code ABCDE-FGHJK}. */
    public static String display(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** What the user typed, as stored; a clear validation error when it cannot be a code. */
    public static String normalize(String typed) {
        if (typed == null) {
            throw ValidationException.of("code", "validation.form.codeFormat");
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                throw ValidationException.of("code", "validation.form.codeFormat");
            }
            code.append(mapped);
        }
        if (code.length() != LENGTH) {
            throw ValidationException.of("code", "validation.form.codeFormat");
        }
        return code.toString();
    }
}

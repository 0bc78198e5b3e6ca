package cn.projectdesk.core.security;

import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): 30-second steps from the Unix epoch,
 * dynamic truncation of an HMAC over the step counter. Authenticator apps use HMAC-SHA1 and 6 digits;
 * the others are here for the RFC's test vectors.
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    public static final String SHA1 = "HmacSHA1";
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one step, zero-padded to {@code digits}. */
    public static String code(byte[] secret, long step, int digits, String algorithm) {
        byte[] counter = new byte[8];
        for (int i = 7; i >= 0; i--) {
            counter[i] = (byte) (step >>> 8 * (7 - i));
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            hash = mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = (hash[offset] & 0x7F) << 24 | (hash[offset + 1] & 0xFF) << 16 | (hash[offset + 2] & 0xFF) << 8
                | hash[offset + 3] & 0xFF;
        String digitsText = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - digitsText.length()) + digitsText;
    }

    /**
     * The step a typed code belongs to, accepting one step either side of now (clock drift, slow
     * typing), or -1. Callers refuse a step not after the last one used, so a code works only once.
     */
    public static long matchingStep(byte[] secret, String typed, Instant now) {
        if (typed == null) {
            return -1;
        }
        String code = typed.strip().replace(" ", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        long current = step(now);
        for (long s = current - 1; s <= current + 1; s++) {
            if (java.security.MessageDigest.isEqual(code(secret, s, DIGITS, SHA1).getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII), code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return s;
            }
        }
        return -1;
    }
}

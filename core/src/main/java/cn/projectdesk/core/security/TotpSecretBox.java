package cn.projectdesk.core.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a TOTP secret with AES-256-GCM under a key derived from the user's password (PBKDF2-SHA256,
 * the password hasher's cost, its own salt). The database, its change log, backups and synced copies
 * hold only the sealed form; it opens only at login, when the password is at hand (ADR 14).
 */
final class TotpSecretBox {
    private static final String PREFIX = "aesgcm-pbkdf2$";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TotpSecretBox() {
    }

    static String seal(byte[] secret, char[] password) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(password, salt, PasswordHasher.ITERATIONS), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret);
            ByteBuffer out = ByteBuffer.allocate(salt.length + iv.length + sealed.length).put(salt).put(iv).put(sealed);
            return PREFIX + PasswordHasher.ITERATIONS + "$" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** The secret, or empty when the password is not the one it was sealed with (e.g. reset since). */
    static Optional<byte[]> open(String sealed, char[] password) {
        if (!sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = sealed.substring(PREFIX.length()).split("\\$");
        byte[] all = Base64.getDecoder().decode(parts[1]);
        byte[] salt = java.util.Arrays.copyOfRange(all, 0, 16);
        byte[] iv = java.util.Arrays.copyOfRange(all, 16, 28);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(password, salt, Integer.parseInt(parts[0])), new GCMParameterSpec(128, iv));
            return Optional.of(cipher.doFinal(all, 28, all.length - 28));
        } catch (javax.crypto.AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    private static SecretKeySpec key(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(),
                    "AES");
        } finally {
            spec.clearPassword();
        }
    }
}

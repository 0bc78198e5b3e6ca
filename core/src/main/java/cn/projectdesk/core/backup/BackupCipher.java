package cn.projectdesk.core.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password encryption of a backup with JDK crypto only: PBKDF2-HMAC-SHA256 derives a 256-bit AES key
 * plus a 16-byte password check; the content is AES-GCM in 1 MiB chunks. Chunking keeps memory flat
 * (the JDK's GCM buffers a whole message before it releases plaintext); each chunk's nonce is a random
 * prefix plus its index and its additional data carries the index and a last-chunk flag, so reordered,
 * dropped or truncated chunks fail authentication instead of restoring silently shortened data.
 */
final class BackupCipher {
    static final int ITERATIONS = 310_000;
    private static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final int LAST_FLAG = 0x8000_0000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final byte[] check;
    private final byte[] salt;
    private final byte[] noncePrefix;
    private final int iterations;

    private BackupCipher(char[] password, byte[] salt, byte[] noncePrefix, int iterations) {
        this.salt = salt;
        this.noncePrefix = noncePrefix;
        this.iterations = iterations;
        byte[] derived = derive(password, salt, iterations);
        this.key = Arrays.copyOfRange(derived, 0, 32);
        this.check = Arrays.copyOfRange(derived, 32, 48);
        Arrays.fill(derived, (byte) 0);
    }

    static BackupCipher forNewBackup(char[] password) {
        byte[] salt = new byte[16];
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(prefix);
        return new BackupCipher(password, salt, prefix, ITERATIONS);
    }

    /** Writes the parameters a reader needs (iterations, salt, nonce prefix, password check). */
    void writeHeader(DataOutputStream out) throws IOException {
        out.writeInt(iterations);
        out.write(salt);
        out.write(noncePrefix);
        out.write(check);
    }

    /** Reads the header and checks the password before any content is decrypted. */
    static BackupCipher fromHeader(DataInputStream in, char[] password) throws IOException {
        int iterations = in.readInt();
        if (iterations < 10_000 || iterations > 10_000_000) {
            throw new BackupException(BackupException.Reason.CORRUPT, "implausible iteration count " + iterations, null);
        }
        byte[] salt = in.readNBytes(16);
        byte[] prefix = in.readNBytes(8);
        byte[] storedCheck = in.readNBytes(16);
        if (storedCheck.length != 16) {
            throw new EOFException("header cut short");
        }
        BackupCipher cipher = new BackupCipher(password, salt, prefix, iterations);
        if (!MessageDigest.isEqual(cipher.check, storedCheck)) {
            throw new BackupException(BackupException.Reason.WRONG_PASSWORD, "the password does not open this backup", null);
        }
        return cipher;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 48 * 8);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        }
    }

    private byte[] seal(long index, boolean last, byte[] data, int length, int mode) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] nonce = ByteBuffer.allocate(12).put(noncePrefix).putInt((int) index).array();
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(ByteBuffer.allocate(9).putLong(index).put((byte) (last ? 1 : 0)).array());
        return c.doFinal(data, 0, length);
    }

    /** Encrypts everything written to it; {@code close()} writes the last chunk (possibly empty). */
    OutputStream encrypting(OutputStream target) {
        DataOutputStream out = new DataOutputStream(target);
        return new OutputStream() {
            private final byte[] buffer = new byte[CHUNK];
            private int filled;
            private long index;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    if (filled == CHUNK) {
                        emit(false);
                    }
                    int n = Math.min(len, CHUNK - filled);
                    System.arraycopy(b, off, buffer, filled, n);
                    filled += n;
                    off += n;
                    len -= n;
                }
            }

            private void emit(boolean last) throws IOException {
                try {
                    byte[] sealed = seal(index++, last, buffer, filled, Cipher.ENCRYPT_MODE);
                    out.writeInt(sealed.length | (last ? LAST_FLAG : 0));
                    out.write(sealed);
                    filled = 0;
                } catch (GeneralSecurityException e) {
                    throw new IOException("encryption failed", e);
                }
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    emit(true);
                    out.close();
                }
            }
        };
    }

    /** Decrypts chunk by chunk; a bad tag or a stream that ends before the last chunk raises CORRUPT. */
    InputStream decrypting(InputStream source) {
        DataInputStream in = new DataInputStream(source);
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int pos;
            private long index;
            private boolean sawLast;

            private boolean fill() throws IOException {
                while (pos == plain.length) {
                    if (sawLast) {
                        return false;
                    }
                    int header;
                    try {
                        header = in.readInt();
                    } catch (EOFException e) {
                        throw corrupt("the encrypted content ends before its last chunk", e);
                    }
                    boolean last = (header & LAST_FLAG) != 0;
                    int length = header & ~LAST_FLAG;
                    if (length < 16 || length > CHUNK + 16) {
                        throw corrupt("chunk " + index + " has an impossible length " + length, null);
                    }
                    byte[] sealed = in.readNBytes(length);
                    if (sealed.length != length) {
                        throw corrupt("chunk " + index + " is cut short", null);
                    }
                    try {
                        plain = seal(index++, last, sealed, length, Cipher.DECRYPT_MODE);
                    } catch (AEADBadTagException e) {
                        throw corrupt("chunk " + (index - 1) + " fails authentication", e);
                    } catch (GeneralSecurityException e) {
                        throw new IOException("decryption failed", e);
                    }
                    pos = 0;
                    sawLast = last;
                }
                return true;
            }

            @Override
            public int read() throws IOException {
                return fill() ? plain[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, plain.length - pos);
                System.arraycopy(plain, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private static BackupException corrupt(String why, Throwable cause) {
        return new BackupException(BackupException.Reason.CORRUPT, why, cause);
    }

}

package cn.projectdesk.core.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The outer shape of a {@code .pdbak} file: the magic {@code PDBK}, a format byte, a flags byte
 * (bit 0: encrypted), the cipher header when encrypted, then the zip of manifest, database copy and
 * attachments (encrypted in chunks when a password was chosen).
 */
final class BackupFile {
    static final String EXTENSION = ".pdbak";
    private static final byte[] MAGIC = "PDBK".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int ENCRYPTED = 1;

    private BackupFile() {
    }

    /** Opens the file for writing the zip into; the returned stream encrypts when a password is given. */
    static OutputStream create(Path file, char[] password) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        out.write(MAGIC);
        out.writeByte(VERSION);
        boolean encrypt = password != null && password.length > 0;
        out.writeByte(encrypt ? ENCRYPTED : 0);
        if (!encrypt) {
            return out;
        }
        BackupCipher cipher = BackupCipher.forNewBackup(password);
        cipher.writeHeader(out);
        return cipher.encrypting(out);
    }

    static boolean isEncrypted(Path file) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            return (readHeader(in, file) & ENCRYPTED) != 0;
        } catch (EOFException e) {
            throw notABackup(file);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.IO, e.getMessage(), e, file, e.getMessage());
        }
    }

    /** Opens the file for reading its zip; checks magic and password first. */
    static InputStream open(Path file, char[] password) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
        try {
            int flags = readHeader(in, file);
            if ((flags & ENCRYPTED) == 0) {
                return in;
            }
            if (password == null || password.length == 0) {
                throw new BackupException(BackupException.Reason.PASSWORD_REQUIRED, "the backup is encrypted", null, file);
            }
            return BackupCipher.fromHeader(in, password).decrypting(in);
        } catch (EOFException e) {
            in.close();
            throw new BackupException(BackupException.Reason.CORRUPT, "header cut short", e, file);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static int readHeader(DataInputStream in, Path file) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw notABackup(file);
        }
        int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw notABackup(file);
        }
        return in.readUnsignedByte();
    }

    private static BackupException notABackup(Path file) {
        return new BackupException(BackupException.Reason.NOT_A_BACKUP, file + " is not a ProjectDesk backup", null, file);
    }
}

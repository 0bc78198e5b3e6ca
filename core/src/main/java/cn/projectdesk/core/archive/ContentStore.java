package cn.projectdesk.core.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Attachment files named by the SHA-256 of their content, in {@code attachments/ab/abcdef…} below the
 * data folder (two-character fan-out keeps directories small). The same content is stored once however
 * many documents or versions refer to it, and a file whose content no longer matches its name is
 * recognisably damaged.
 */
public final class ContentStore {
    public static final String FOLDER = "attachments";

    private final Path root;

    public ContentStore(Path dataFolder) {
        this.root = folder(dataFolder);
    }

    public static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    /** Copies the content in (hashing as it goes) and returns its hash and size; refuses more than maxBytes. */
    public Stored put(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, "incoming", ".tmp");
        try {
            MessageDigest sha = sha256();
            long size;
            try (InputStream in = new DigestInputStream(content, sha)) {
                size = copyAtMost(in, temp, maxBytes);
            }
            if (size < 0) {
                return new Stored(null, -1);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = path(hash);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Stored(hash, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static long copyAtMost(InputStream in, Path target, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 name: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + sha256 + " is missing from " + root, e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Content stored: its hash, or null (and size -1) when it was over the limit and nothing was kept. */
    public record Stored(String sha256, long bytes) {
    }
}

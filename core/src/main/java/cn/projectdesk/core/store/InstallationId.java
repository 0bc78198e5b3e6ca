package cn.projectdesk.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A random id of this PC's installation (user profile), kept outside every data folder, so a data
 * folder copied to another PC at the same path is still recognised as a copy (ADR 32): the folder's node
 * id is bound to it as {@code node.machine}. The file is {@code %LOCALAPPDATA%\ProjectDesk\installation-id}
 * on Windows (the local, never roaming, part of the profile: a roaming profile would carry the id to the
 * other PC with the folder) and {@code ~/.projectdesk/installation-id} elsewhere; the system property
 * {@value #PROPERTY} or the environment variable {@value #ENV_VARIABLE} name another file (tests, or an
 * administrator who wants two Windows accounts of one PC to share a data folder as one node).
 */
public final class InstallationId {
    public static final String PROPERTY = "projectdesk.installationFile";
    public static final String ENV_VARIABLE = "PROJECTDESK_INSTALLATION_FILE";
    private static final Logger LOG = LoggerFactory.getLogger(InstallationId.class);

    private final Path file;

    public InstallationId(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The file named by the property or variable, else the profile's. */
    public static InstallationId standard() {
        return new InstallationId(file(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home")));
    }

    static Path file(String property, Map<String, String> env, String osName, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        if (osName.toLowerCase(Locale.ROOT).contains("win")) {
            String local = env.getOrDefault("LOCALAPPDATA", home + "\\AppData\\Local");
            return Path.of(local, "ProjectDesk", "installation-id");
        }
        return Path.of(home, ".projectdesk", "installation-id");
    }

    public Path file() {
        return file;
    }

    /**
     * The id, made on first use. Empty when the file can be neither read nor made (a read-only profile):
     * then a copy at the same path goes unnoticed, as before, rather than the folder failing to open.
     */
    public synchronized Optional<String> get() {
        try {
            Optional<String> existing = read();
            if (existing.isPresent()) {
                return existing;
            }
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "installation-id", ".tmp");
            try {
                Files.writeString(temp, UUID.randomUUID() + System.lineSeparator(), StandardCharsets.UTF_8);
                if (Files.exists(file)) { // unreadable content: replaced, which costs each folder one new node id
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(temp, file); // refuses to replace one another process has just made
                }
            } catch (FileAlreadyExistsException raced) { // another ProjectDesk of this user made it first
                LOG.debug("Installation id {} made by another process", file);
            } finally {
                Files.deleteIfExists(temp);
            }
            return read();
        } catch (IOException | SecurityException e) {
            LOG.warn("No installation id ({}): a copy of a data folder to another PC at the same path will not be "
                    + "recognised", file, e);
            return Optional.empty();
        }
    }

    private Optional<String> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        try {
            return Optional.of(UUID.fromString(text).toString());
        } catch (IllegalArgumentException garbled) {
            return Optional.empty();
        }
    }
}

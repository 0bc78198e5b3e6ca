package cn.projectdesk.app.ui.settings;

import cn.projectdesk.app.ui.i18n.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * Per-installation desktop preferences in {@code preferences.properties} of the data folder. A plain
 * file rather than the database so that the language is known before the database is opened (the
 * error dialog for a locked or damaged database is already in the user's language).
 */
public final class Preferences {
    public static final String FILE_NAME = "preferences.properties";
    static final String LANGUAGE = "language";
    static final String IDLE_LOCK_MINUTES = "idleLockMinutes";
    /** Minutes without keyboard or mouse before the window locks; 0 turns the lock off. */
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 15;
    static final String SYNC_EVERY_MINUTES = "syncEveryMinutes";

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    public static Preferences load(Path dataFolder) {
        Preferences preferences = new Preferences(dataFolder.resolve(FILE_NAME));
        if (Files.isRegularFile(preferences.file)) {
            try (Reader in = Files.newBufferedReader(preferences.file, StandardCharsets.UTF_8)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged preferences file must not keep the program from starting: defaults apply.
                preferences.values.clear();
            }
        }
        return preferences;
    }

    public Path file() {
        return file;
    }

    public Language language() {
        return Language.fromTag(values.getProperty(LANGUAGE)).orElseGet(() -> Language.forLocale(Locale.getDefault()));
    }

    public void setLanguage(Language language) {
        values.setProperty(LANGUAGE, language.tag());
        save();
    }

    public int idleLockMinutes() {
        try {
            int minutes = Integer.parseInt(values.getProperty(IDLE_LOCK_MINUTES, "" + DEFAULT_IDLE_LOCK_MINUTES).strip());
            return Math.max(0, Math.min(240, minutes));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_LOCK_MINUTES;
        }
    }

    public void setIdleLockMinutes(int minutes) {
        values.setProperty(IDLE_LOCK_MINUTES, Integer.toString(Math.max(0, Math.min(240, minutes))));
        save();
    }

    /** Automatic sync with headquarters every N minutes; 0 (the default) turns it off. */
    public int syncEveryMinutes() {
        try {
            return Math.max(0, Math.min(24 * 60, Integer.parseInt(values.getProperty(SYNC_EVERY_MINUTES, "0").strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public void setSyncEveryMinutes(int minutes) {
        values.setProperty(SYNC_EVERY_MINUTES, Integer.toString(Math.max(0, Math.min(24 * 60, minutes))));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".preferences", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "ProjectDesk desktop preferences");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + file, e);
        }
    }
}

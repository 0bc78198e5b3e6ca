package cn.projectdesk.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {
    @TempDir
    Path folder;

    @Test
    void languageDefaultsFromTheSystemAndIsKeptInTheDataFolder() throws Exception {
        assertThat(Language.forLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.CHINESE);
        assertThat(Language.forLocale(Locale.TAIWAN)).isEqualTo(Language.CHINESE);
        assertThat(Language.forLocale(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
        assertThat(Preferences.load(folder).language()).isEqualTo(Language.forLocale(Locale.getDefault()));

        Preferences.load(folder).setLanguage(Language.CHINESE);
        assertThat(Preferences.load(folder).language()).isEqualTo(Language.CHINESE);
        Preferences.load(folder).setLanguage(Language.ENGLISH);
        assertThat(Files.readString(folder.resolve("preferences.properties"))).contains("language=en");
    }

    @Test
    void aDamagedOrUnknownValueFallsBackToTheDefault() throws Exception {
        Files.writeString(folder.resolve("preferences.properties"), "language=klingon\n");
        assertThat(Preferences.load(folder).language()).isEqualTo(Language.forLocale(Locale.getDefault()));
    }
}

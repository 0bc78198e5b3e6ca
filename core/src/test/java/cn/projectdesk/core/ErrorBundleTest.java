package cn.projectdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key core throws exists in Chinese and English, and the two bundles have the same keys. */
class ErrorBundleTest {
    private static final Pattern KEY = Pattern.compile("\"((?:validation|password|error|holidays)\\.[A-Za-z.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ErrorBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("errors_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("errors_en.properties").stringPropertyNames())
                .isEqualTo(load("errors.properties").stringPropertyNames());
    }

    @Test
    void everyStorageProblemHasAMessage() throws IOException {
        for (var reason : cn.projectdesk.core.store.StorageException.Reason.values()) {
            String key = new cn.projectdesk.core.store.StorageException(reason, "", null).messageKey();
            assertThat(load("errors_zh_CN.properties").getProperty(key)).as(key).isNotBlank();
            assertThat(load("errors_en.properties").getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyBackupProblemHasAMessage() throws IOException {
        for (var reason : cn.projectdesk.core.backup.BackupException.Reason.values()) {
            String key = new cn.projectdesk.core.backup.BackupException(reason, "", null).messageKey();
            assertThat(load("errors_zh_CN.properties").getProperty(key)).as(key).isNotBlank();
            assertThat(load("errors_en.properties").getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyKeyUsedInCoreHasAMessage() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    // a key prefix ("error.backup." + reason) is checked per enum constant above
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("errors_zh_CN.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("errors_en.properties").stringPropertyNames()).containsAll(used);
    }
}

package cn.projectdesk.app.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts for the command line: its own bundle, then core's error bundle. */
final class CliMessages {
    private static final ResourceBundle CLI = ResourceBundle.getBundle("i18n.cli", Locale.getDefault());
    private static final ResourceBundle ERRORS = ResourceBundle.getBundle("i18n.errors", Locale.getDefault());

    private CliMessages() {
    }

    static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = CLI.getString(key);
        } catch (MissingResourceException e) {
            pattern = ERRORS.getString(key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    static String label(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}

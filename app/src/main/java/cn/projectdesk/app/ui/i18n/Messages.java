package cn.projectdesk.app.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one language: the app's own bundle ({@code i18n/messages}) and core's
 * ({@code i18n/errors}) for validation and error keys. One instance per language; views get it
 * injected so that switching language means building the views again with another instance.
 */
public final class Messages {
    public static final String APP_BUNDLE = "i18n.messages";
    public static final String ERRORS_BUNDLE = "i18n.errors";

    private final Language language;
    private final ResourceBundle texts;
    private final ResourceBundle errors;

    private Messages(Language language, ResourceBundle texts, ResourceBundle errors) {
        this.language = language;
        this.texts = texts;
        this.errors = errors;
    }

    public static Messages of(Language language) {
        // No fallback to the JVM's default locale: an English user on a Chinese system gets English.
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Locale locale = language.locale();
        return new Messages(language, ResourceBundle.getBundle(APP_BUNDLE, locale, control),
                ResourceBundle.getBundle(ERRORS_BUNDLE, locale, control));
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The app text for the key; a missing key shows as the key itself so that the screen stays usable. */
    public String get(String key) {
        return lookup(texts, key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale()).format(arguments);
    }

    /** A text from core's errors bundle (validation and error keys), falling back to the app bundle. */
    public String error(String key, Object... arguments) {
        String pattern = errors.containsKey(key) ? errors.getString(key) : lookup(texts, key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** The display name of an enum constant, key {@code simpleNameInLowerCamel.CONSTANT}. */
    public String of(Enum<?> value) {
        return value == null ? "" : get(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    private static String lookup(ResourceBundle bundle, String key) {
        Objects.requireNonNull(key, "key");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

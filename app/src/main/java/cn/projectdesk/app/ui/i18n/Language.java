package cn.projectdesk.app.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the desktop app ships; the tag is what the preferences file stores. */
public enum Language {
    CHINESE("zh_CN", Locale.SIMPLIFIED_CHINESE, "中文"),
    ENGLISH("en", Locale.ENGLISH, "English");

    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String tag, Locale locale, String nativeName) {
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Always in its own language, so a user who cannot read the current one still finds theirs. */
    public String nativeName() {
        return nativeName;
    }

    public static Optional<Language> fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Chinese for any zh* locale (also Taiwan and Hong Kong: the only Chinese texts are simplified), else English. */
    public static Language forLocale(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}

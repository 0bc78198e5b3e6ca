package cn.projectdesk.core.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/** The printed words of a form, from {@code i18n/forms} (Chinese by default, English on request). */
final class FormTexts {
    private final ResourceBundle bundle;
    private final Locale locale;

    FormTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.forms", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String label(Enum<?> value) {
        String prefix = switch (value.getClass().getSimpleName()) {
            case "RequestType" -> "type.";
            case "RequestStatus" -> "status.";
            case "ActionType" -> "action.";
            case "ProjectType" -> "projectType.";
            case "LifecycleStage" -> "stage.";
            default -> throw new IllegalArgumentException("no form label for " + value.getClass());
        };
        return get(prefix + value.name());
    }

    String date(LocalDate d) {
        return get("form.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}

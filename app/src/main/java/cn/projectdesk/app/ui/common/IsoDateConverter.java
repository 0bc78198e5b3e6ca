package cn.projectdesk.app.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates in a picker as everywhere else in the UI (2026-11-22, {@link Formats#date}), whatever the JVM's
 * default locale: JavaFX's own converter follows that locale, which showed US "11/22/2026" in the Chinese
 * UI. Text that is not a date leaves the value as it was (the picker shows the old date again).
 */
public final class IsoDateConverter extends StringConverter<LocalDate> {
    private final DatePicker picker;

    private IsoDateConverter(DatePicker picker) {
        this.picker = picker;
    }

    /** Sets the converter on the picker and returns it, for one-line use where pickers are made. */
    public static DatePicker apply(DatePicker picker) {
        picker.setConverter(new IsoDateConverter(picker));
        return picker;
    }

    @Override
    public String toString(LocalDate date) {
        return Formats.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return picker.getValue();
        }
    }
}

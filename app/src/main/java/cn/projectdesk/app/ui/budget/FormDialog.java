package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.common.FormGrid;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A form in a dialog: fields with their problem in red beside them, and a save button that keeps the
 * dialog open until the service accepted the input (the service's field problems are shown in place).
 */
final class FormDialog {
    private final Messages messages;
    private final Dialog<Boolean> dialog = new Dialog<>();
    private final FormGrid grid;
    private final ObjectProperty<Map<String, String>> errors = new SimpleObjectProperty<>(Map.of());
    private final ButtonType save;

    FormDialog(Messages messages, Window owner, String title, String saveLabel, String id) {
        this.messages = messages;
        this.grid = new FormGrid(messages, 340);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        save = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(grid.node());
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setPrefWidth(900);
        Styles.install(dialog.getDialogPane());
        dialog.setResultConverter(type -> type == save);
    }

    FormGrid grid() {
        return grid;
    }

    ObjectProperty<Map<String, String>> errors() {
        return errors;
    }

    Dialog<Boolean> dialog() {
        return dialog;
    }

    /**
     * Save calls {@code submit} with a "show these problems" and a "close" callback; input problems found
     * here (unreadable amounts or dates) are put in {@code local} first and stop the submit.
     */
    void onSave(String buttonId, BiConsumer<Consumer<Map<String, String>>, Runnable> submit, Map<String, String> local) {
        Button button = (Button) dialog.getDialogPane().lookupButton(save);
        button.setId(buttonId);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (!local.isEmpty()) {
                errors.set(Map.copyOf(local));
                return;
            }
            submit.accept(problems -> errors.set(new LinkedHashMap<>(problems)), () -> {
                dialog.setResult(true);
                dialog.close();
            });
        });
    }

    TextField text(String id, String labelKey, String field) {
        TextField t = new TextField();
        t.setId(id);
        grid.add(labelKey, t, field, errors);
        return t;
    }

    TextField amount(String id, String labelKey, String field, Map<String, String> local) {
        TextField t = text(id, labelKey, field);
        t.setAlignment(Pos.CENTER_RIGHT);
        t.setPromptText("0.00");
        t.setMaxWidth(220);
        t.textProperty().addListener((o, old, now) -> {
            try {
                Formats.parseMoney(now);
                local.remove(field);
            } catch (NumberFormatException e) {
                local.put(field, "editor.error.money.format");
            }
        });
        return t;
    }

    DatePicker date(String id, String labelKey, String field, Map<String, String> local) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    local.remove(field);
                    return null;
                }
                try {
                    LocalDate d = LocalDate.parse(text.strip());
                    local.remove(field);
                    return d;
                } catch (java.time.format.DateTimeParseException e) {
                    local.put(field, "budget.error.date");
                    return null;
                }
            }
        });
        grid.add(labelKey, picker, field, errors);
        return picker;
    }

    static BigDecimal money(TextField field) {
        return Formats.parseMoney(field.getText()).orElse(null);
    }

    static String textOf(TextField field) {
        return field.getText() == null || field.getText().isBlank() ? null : field.getText().strip();
    }

    Messages messages() {
        return messages;
    }
}

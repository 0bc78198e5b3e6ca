package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.FormGrid;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Messages;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** A small modal form (label, field) with translated OK and Cancel; OK can be held off until the input is acceptable. */
final class AdminDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final FormGrid grid;
    private final ButtonType ok;
    private static final ObservableValue<Map<String, String>> NO_ERRORS = new SimpleObjectProperty<>(Map.of());

    AdminDialog(Window owner, Messages messages, String title, String okKey, String okId) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        grid = new FormGrid(messages, 10);
        ok = new ButtonType(messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId(okId);
        dialog.getDialogPane().lookupButton(cancel).setId(okId + "-cancel");
        dialog.getDialogPane().setContent(grid.node());
        Styles.install(dialog.getDialogPane());
    }

    AdminDialog row(String labelKey, Node field) {
        grid.add(labelKey, field, "none", NO_ERRORS);
        return this;
    }

    AdminDialog wide(Node node) {
        grid.addWide(node);
        return this;
    }

    AdminDialog hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        grid.addWide(hint);
        return this;
    }

    /** OK stays disabled while {@code invalid} is true. */
    AdminDialog okUnless(ObservableBooleanValue invalid) {
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(invalid);
        return this;
    }

    boolean showAndWait() {
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }
}

package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for one piece of text (a confirmation note, the evidence of a fix) with translated buttons. */
final class NoteDialog {
    private NoteDialog() {
    }

    static Optional<String> ask(Window owner, Messages messages, String title, String prompt) {
        Dialog<String> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        TextArea text = new TextArea();
        text.setId("note-text");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        Label label = new Label(prompt);
        label.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, label, text));
        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(messages.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(text.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ok ? text.getText().strip() : null);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}

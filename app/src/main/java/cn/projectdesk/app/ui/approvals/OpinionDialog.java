package cn.projectdesk.app.ui.approvals;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the approver's opinion (审批意见); required for reject, return and withdraw. */
final class OpinionDialog {
    private OpinionDialog() {
    }

    static Optional<String> ask(Window owner, Messages messages, String title, String prompt, String initial,
                                boolean required) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextArea text = new TextArea(initial);
        text.setId("opinion-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPrefColumnCount(40);
        text.setPromptText(prompt);
        dialog.getDialogPane().setContent(new VBox(8, new Label(prompt), text));
        ButtonType ok = new ButtonType(messages.get("approvals.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).setId("opinion-ok");
        if (required) {
            dialog.getDialogPane().lookupButton(ok).disableProperty().bind(text.textProperty().isEmpty());
        }
        dialog.setResultConverter(button -> button == ok ? text.getText().strip() : null);
        text.requestFocus();
        return dialog.showAndWait();
    }
}

package cn.projectdesk.app.ui.common;

import cn.projectdesk.app.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Message boxes with translated buttons and the app's look. */
public final class Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private Dialogs() {
    }

    /** Shows why an action failed; unexpected failures are logged with their stack trace, never shown with it. */
    /**
     * OK in the window's language. JavaFX's own {@code ButtonType.OK} is worded once, in the JVM's default
     * locale, so an English JVM showed "OK/Cancel" in the Chinese window (and the reverse).
     */
    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Cancel in the window's language; see {@link #ok}. */
    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static void showFailure(Window owner, Messages messages, String title, Throwable failure) {
        if (!ErrorMessages.isExpected(failure)) {
            LOG.error("{} failed", title, failure);
        }
        showError(owner, messages, title, new ErrorMessages(messages).describe(failure));
    }

    public static void showError(Window owner, Messages messages, String title, String text) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, messages, title, text);
        alert.getButtonTypes().setAll(ok(messages));
        alert.showAndWait();
    }

    public static void showInfo(Window owner, Messages messages, String title, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, messages, title, text);
        alert.getButtonTypes().setAll(ok(messages));
        alert.showAndWait();
    }

    /** Asks before something destructive; the safe answer is the default button. */
    public static boolean confirm(Window owner, Messages messages, String title, String text, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, messages, title, text);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = cancel(messages);
        alert.getButtonTypes().setAll(yes, no);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private static Alert alert(Alert.AlertType type, Window owner, Messages messages, String title, String text) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(460);
        content.setId("dialog-message");
        alert.getDialogPane().setContent(content);
        Styles.install(alert.getDialogPane());
        return alert;
    }
}

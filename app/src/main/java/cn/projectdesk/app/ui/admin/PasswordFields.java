package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.security.PasswordPolicy;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/**
 * A new password typed twice, with the password policy's verdict shown while typing: the user sees
 * "at least 8 characters" before pressing OK, not after. Used by the admin's dialogs and My account.
 */
public final class PasswordFields {
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Label feedback = new Label();
    private final BooleanBinding acceptable;

    public PasswordFields(Messages messages, String idPrefix) {
        password.setId(idPrefix + "-password");
        confirm.setId(idPrefix + "-confirm");
        feedback.setId(idPrefix + "-policy");
        feedback.setWrapText(true);
        feedback.setMaxWidth(320);
        feedback.textProperty().bind(Bindings.createStringBinding(() -> verdict(messages),
                password.textProperty(), confirm.textProperty()));
        acceptable = Bindings.createBooleanBinding(() -> PasswordPolicy.violation(password.getText().toCharArray()).isEmpty()
                && password.getText().equals(confirm.getText()), password.textProperty(), confirm.textProperty());
        feedback.styleProperty().bind(Bindings.createStringBinding(() -> password.getText().isEmpty() ? "-fx-text-fill: #5f6b7a;"
                : acceptable.get() ? "-fx-text-fill: #2e7d32;" : "-fx-text-fill: #c0392b;", password.textProperty(), acceptable));
    }

    private String verdict(Messages messages) {
        if (password.getText().isEmpty()) {
            return messages.get("account.password.rule");
        }
        return PasswordPolicy.violation(password.getText().toCharArray()).map(messages::error)
                .orElseGet(() -> password.getText().equals(confirm.getText()) ? messages.get("account.password.ok")
                        : messages.get("account.password.mismatch"));
    }

    public PasswordField password() {
        return password;
    }

    public PasswordField confirm() {
        return confirm;
    }

    public Label feedback() {
        return feedback;
    }

    public BooleanBinding acceptable() {
        return acceptable;
    }

    public char[] value() {
        return password.getText().toCharArray();
    }

    public void clear() {
        password.clear();
        confirm.clear();
    }
}

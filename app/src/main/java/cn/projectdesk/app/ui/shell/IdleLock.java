package cn.projectdesk.app.ui.shell;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.security.UserSession;
import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Locks the window after a time without keyboard or mouse (setting, minutes; 0 = never): an opaque
 * layer hides the work and asks for the signed-in user's password again (checked by core, wrong
 * attempts count towards the account lockout). The work underneath stays as it was.
 */
final class IdleLock {
    private final AppContext context;
    private final UserSession user;
    private final Messages messages;
    private final StackPane layer = new StackPane();
    private final PasswordField password = new PasswordField();
    private final Label error = new Label();
    private final PauseTransition timer;

    IdleLock(AppContext context, UserSession user, StackPane host, Duration idle) {
        this.context = context;
        this.user = user;
        this.messages = context.messages();
        this.timer = new PauseTransition(idle);
        timer.setOnFinished(e -> lock());
        buildLayer();
        host.getChildren().add(layer);
        // filters see every input event of the window before its controls do; input under the lock only restarts nothing
        host.addEventFilter(KeyEvent.ANY, this::activity);
        host.addEventFilter(MouseEvent.ANY, this::activity);
        host.addEventFilter(ScrollEvent.ANY, this::activity);
        if (idle.greaterThan(Duration.ZERO)) {
            timer.playFromStart();
        }
    }

    boolean isLocked() {
        return layer.isVisible();
    }

    void lock() {
        timer.stop();
        password.clear();
        error.setText("");
        layer.setVisible(true);
        password.requestFocus();
    }

    private void activity(Event e) {
        if (!isLocked() && timer.getDuration().greaterThan(Duration.ZERO)) {
            timer.playFromStart();
        }
    }

    private void unlock() {
        char[] typed = password.getText().toCharArray();
        password.clear();
        context.runner().run(() -> {
            try {
                context.core().authentication().confirmPassword(user, typed);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, ok -> {
            layer.setVisible(false);
            timer.playFromStart();
        }, failure -> error.setText(messages.get("lock.wrong")));
    }

    private void buildLayer() {
        Label title = new Label(messages.get("lock.title"));
        title.getStyleClass().add("page-title");
        Label who = new Label(messages.format("lock.user", user.displayName(), user.username()));
        who.setWrapText(true);
        password.setId("lock-password");
        password.setPromptText(messages.get("lock.password"));
        password.setMaxWidth(280);
        password.setOnAction(e -> unlock());
        Button unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> unlock());
        error.setId("lock-error");
        error.getStyleClass().add("field-error");
        VBox box = new VBox(14, title, who, password, unlock, error);
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(420, 260);
        box.getStyleClass().add("card");
        layer.getChildren().add(box);
        layer.setId("idle-lock");
        layer.setStyle("-fx-background-color: #1f2a3a;");
        layer.setVisible(false);
    }

    Node layer() {
        return layer;
    }
}

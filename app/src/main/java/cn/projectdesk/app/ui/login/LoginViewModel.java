package cn.projectdesk.app.ui.login;

import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.core.security.AuthenticationService;
import cn.projectdesk.core.security.LoginFailedException;
import cn.projectdesk.core.security.UserSession;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Sign-in: checks the credentials on the worker thread (hashing takes a noticeable moment). */
public final class LoginViewModel {
    private final AuthenticationService authentication;
    private final BackgroundRunner runner;
    private final Supplier<ErrorMessages> errors;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    /** The one-time code; its field appears once the account turns out to need one. */
    private final StringProperty code = new SimpleStringProperty("");
    private final BooleanProperty codeNeeded = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanBinding canSubmit;

    public LoginViewModel(AuthenticationService authentication, BackgroundRunner runner, Supplier<ErrorMessages> errors) {
        this.authentication = authentication;
        this.runner = runner;
        this.errors = errors;
        canSubmit = Bindings.createBooleanBinding(() -> !username.get().isBlank() && !password.get().isEmpty()
                && !working.get(), username, password, working);
    }

    public void login(Consumer<UserSession> onSuccess) {
        if (!canSubmit.get()) {
            return;
        }
        String user = username.get().trim();
        char[] secret = password.get().toCharArray();
        String oneTimeCode = codeNeeded.get() ? code.get().strip() : null;
        working.set(true);
        error.set("");
        runner.run(() -> {
            try {
                return authentication.login(user, secret, oneTimeCode);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, session -> {
            working.set(false);
            password.set("");
            onSuccess.accept(session);
        }, failure -> {
            working.set(false);
            code.set("");
            if (failure instanceof LoginFailedException f && f.reason() == LoginFailedException.Reason.SECOND_FACTOR_REQUIRED) {
                codeNeeded.set(true); // the password was right: keep it, ask for the code
            } else {
                password.set("");
            }
            error.set(errors.get().describe(failure));
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public BooleanProperty codeNeededProperty() {
        return codeNeeded;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }
}

package cn.projectdesk.app.ui.startup;

import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.PasswordPolicy;
import cn.projectdesk.core.setup.SetupRequest;
import cn.projectdesk.core.setup.SetupService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The first start of an empty data folder: the administrator's password and demo data or an own office. */
public final class FirstStartViewModel {
    /** Same rule as core's setup; checked here as well so the user sees it while typing. */
    private static final Pattern OFFICE_CODE = Pattern.compile("[A-Z0-9]{1,12}");

    private final SetupService setup;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final BooleanProperty demo = new SimpleBooleanProperty();
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final StringProperty officeName = new SimpleStringProperty("");
    private final ObjectProperty<Map<String, String>> errors = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Map<String, String>> serviceErrors = new SimpleObjectProperty<>(Map.of());
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanBinding canSubmit;

    public FirstStartViewModel(SetupService setup, BackgroundRunner runner, Clock clock, boolean demoByDefault) {
        this.setup = setup;
        this.runner = runner;
        this.clock = clock;
        demo.set(demoByDefault);
        for (var p : new javafx.beans.Observable[]{password, confirmation, demo, officeCode, officeName}) {
            p.addListener(o -> validate());
        }
        validate();
        canSubmit = Bindings.createBooleanBinding(() -> errors.get().isEmpty() && !working.get(), errors, working);
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        PasswordPolicy.violation(password.get().toCharArray()).ifPresent(key -> found.put("adminPassword", key));
        if (!password.get().equals(confirmation.get())) {
            found.put("confirmation", "firstStart.error.mismatch");
        }
        if (!demo.get()) {
            if (!OFFICE_CODE.matcher(officeCode.get().trim()).matches()) {
                found.put("officeCode", "validation.officeCode.format");
            }
            if (officeName.get().isBlank()) {
                found.put("officeName", "validation.required");
            }
        }
        serviceErrors.set(Map.of());
        errors.set(found);
    }

    /** Sets up the folder on the worker thread; the hashing of the demo users' passwords takes seconds. */
    public void submit(Runnable onDone, java.util.function.Consumer<Throwable> onFailure) {
        if (!canSubmit.get()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        SetupRequest request = demo.get()
                ? SetupRequest.demo(secret, LocalDate.now(clock))
                : SetupRequest.plain(secret, officeCode.get().trim(), officeName.get().strip());
        working.set(true);
        runner.run(() -> {
            try {
                setup.initialize(request);
            } finally {
                Arrays.fill(secret, '\0');
            }
            return null;
        }, ignored -> {
            working.set(false);
            onDone.run();
        }, failure -> {
            working.set(false);
            if (failure instanceof ValidationException v) {
                serviceErrors.set(v.fieldErrors());
            } else {
                onFailure.accept(failure);
            }
        });
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }

    public StringProperty officeCodeProperty() {
        return officeCode;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    /** Field name → message key of what is wrong now (live) or what the service refused (after submit). */
    public ObjectProperty<Map<String, String>> errorsProperty() {
        return errors;
    }

    public ObjectProperty<Map<String, String>> serviceErrorsProperty() {
        return serviceErrors;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }
}

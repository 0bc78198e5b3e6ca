package cn.projectdesk.app.ui.startup;

import cn.projectdesk.app.ui.common.BackgroundRunner;
import cn.projectdesk.app.ui.sync.SyncAgent;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.PasswordPolicy;
import cn.projectdesk.core.setup.SetupRequest;
import cn.projectdesk.core.setup.SetupService;
import cn.projectdesk.sync.client.DeviceCertificate;
import cn.projectdesk.sync.client.OfficeJoin;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first start of an empty data folder: either a local folder (the administrator's password and demo
 * data or an own office) or joining headquarters (server, device certificate and its password), which
 * pulls the office's users instead of creating a local administrator. A folder whose join did not finish
 * offers only the join (ADR 31).
 */
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
    private final SyncAgent agent;
    private final BooleanProperty joinOnly = new SimpleBooleanProperty();
    private final BooleanProperty join = new SimpleBooleanProperty();
    private final StringProperty server = new SimpleStringProperty("https://");
    private final StringProperty certificate = new SimpleStringProperty("");
    private final StringProperty certificatePassword = new SimpleStringProperty("");
    private final BooleanProperty joining = new SimpleBooleanProperty();

    public FirstStartViewModel(SetupService setup, BackgroundRunner runner, Clock clock, boolean demoByDefault) {
        this(setup, runner, clock, demoByDefault, null, null);
    }

    /**
     * With {@code agent} the join is offered; {@code unfinishedJoin} (the server and certificate of a join that
     * did not end with office users) makes it the only choice, filled in for the retry.
     */
    public FirstStartViewModel(SetupService setup, BackgroundRunner runner, Clock clock, boolean demoByDefault,
                               SyncAgent agent, UnfinishedJoin unfinishedJoin) {
        this.setup = setup;
        this.runner = runner;
        this.clock = clock;
        this.agent = agent;
        joinOnly.set(unfinishedJoin != null);
        demo.set(demoByDefault);
        if (unfinishedJoin != null) {
            join.set(true);
            server.set(unfinishedJoin.server());
            certificate.set(unfinishedJoin.certificate() == null ? "" : unfinishedJoin.certificate().toString());
        }
        for (var p : new javafx.beans.Observable[]{password, confirmation, demo, officeCode, officeName,
                join, server, certificate, certificatePassword}) {
            p.addListener(o -> validate());
        }
        validate();
        canSubmit = Bindings.createBooleanBinding(() -> errors.get().isEmpty() && !working.get(), errors, working);
    }

    /** Where an earlier join of this folder got to: the retry starts from it. */
    public record UnfinishedJoin(String server, Path certificate) {
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        if (join.get()) {
            validateJoin(found);
            serviceErrors.set(Map.of());
            errors.set(found);
            return;
        }
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

    private void validateJoin(Map<String, String> found) {
        String address = server.get().strip();
        if (address.isEmpty() || "https://".equals(address)) {
            found.put("server", "validation.required");
        } else if (!isHttps(address)) {
            found.put("server", "firstStart.join.error.https");
        }
        if (certificate.get().isBlank()) {
            found.put("certificate", "firstStart.join.error.noCertificate");
        } else if (certificateFile().filter(f -> Files.isRegularFile(f) && Files.isReadable(f)).isEmpty()) {
            found.put("certificate", "firstStart.join.error.unreadable");
        }
        if (certificatePassword.get().isEmpty()) {
            found.put("certificatePassword", "validation.required");
        }
    }

    private Optional<Path> certificateFile() {
        try {
            return Optional.of(Path.of(certificate.get().strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttps(String address) {
        try {
            URI uri = new URI(address);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Sets up the folder on the worker thread (the hashing of the demo users' passwords takes seconds), or
     * joins headquarters on the sync thread; {@code onFailure} hears why a join failed (the folder stays as
     * it was or marked as joining, so pressing Join again retries).
     */
    public void submit(Runnable onDone, Consumer<Throwable> onFailure) {
        if (!canSubmit.get()) {
            return;
        }
        if (join.get()) {
            submitJoin(onDone, onFailure);
            return;
        }
        if (joinOnly.get()) {
            throw new IllegalStateException("this data folder started joining headquarters: only the join can finish it");
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

    private void submitJoin(Runnable onDone, Consumer<Throwable> onFailure) {
        char[] secret = certificatePassword.get().toCharArray();
        working.set(true);
        joining.set(true);
        agent.join(URI.create(server.get().strip()), certificateFile().orElseThrow(), secret).whenComplete((result, failure) -> {
            Arrays.fill(secret, '\0');
            // after a connect the folder holds HQ's settings and maybe data: from now on only the join may finish it
            boolean unfinished = failure != null && OfficeJoin.unfinished(agent.database());
            Platform.runLater(() -> {
                if (unfinished) {
                    join.set(true);
                    joinOnly.set(true);
                }
                working.set(false);
                joining.set(false);
                if (failure == null) {
                    certificatePassword.set("");
                    onDone.run();
                } else {
                    Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
                    if (cause instanceof DeviceCertificate.InvalidException invalid
                            && invalid.problem() == DeviceCertificate.Problem.WRONG_PASSWORD) {
                        certificatePassword.set("");
                        serviceErrors.set(Map.of("certificatePassword", "sync.cert.problem.WRONG_PASSWORD"));
                    }
                    onFailure.accept(cause);
                }
            });
        });
    }

    /** Esc or the Cancel button while joining: the sync stops after the request or batch in hand. */
    public void cancel() {
        if (joining.get()) {
            agent.cancel();
        }
    }

    public boolean joinOffered() {
        return agent != null;
    }

    /** The join did not finish earlier: a local set-up would mix local data with what HQ sent. */
    public BooleanProperty joinOnlyProperty() {
        return joinOnly;
    }

    public BooleanProperty joinProperty() {
        return join;
    }

    public StringProperty serverProperty() {
        return server;
    }

    /** The certificate file's path as typed or chosen. */
    public StringProperty certificateProperty() {
        return certificate;
    }

    public StringProperty certificatePasswordProperty() {
        return certificatePassword;
    }

    /** True while a join runs (Cancel applies); {@link #workingProperty()} covers both kinds of set-up. */
    public BooleanProperty joiningProperty() {
        return joining;
    }

    public SyncAgent agent() {
        return agent;
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

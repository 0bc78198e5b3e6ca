package cn.projectdesk.app.ui.account;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.security.TotpService;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.workflow.DelegationView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** My account's calls into core, each on the worker: own password, second factor, signature image, delegations. */
final class AccountModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<DelegationView> delegations = FXCollections.observableArrayList();

    AccountModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    UserSession user() {
        return user;
    }

    LocalDate today() {
        return context.today();
    }

    ObservableList<DelegationView> delegations() {
        return delegations;
    }

    void changePassword(char[] current, char[] next, Runnable onDone, Consumer<Throwable> onFailure) {
        run(() -> context.core().users().changeOwnPassword(user, current, next), onDone, onFailure);
    }

    void secondFactorEnabled(Consumer<Boolean> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().totp().isEnabled(user), onDone, onFailure);
    }

    void enrol(char[] password, Consumer<TotpService.TotpSetup> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().totp().enrol(user, password), onDone, onFailure);
    }

    void confirm(char[] password, String code, Runnable onDone, Consumer<Throwable> onFailure) {
        run(() -> context.core().totp().confirm(user, password, code), onDone, onFailure);
    }

    void disableSecondFactor(Runnable onDone, Consumer<Throwable> onFailure) {
        run(() -> context.core().totp().disable(user, user.username()), onDone, onFailure);
    }

    void signature(Consumer<Optional<byte[]>> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().forms().signature(user, user.username()), onDone, onFailure);
    }

    /** Reads the file and stores it; core checks type, size and dimensions and names what is wrong. */
    void uploadSignature(Path file, Consumer<byte[]> onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> {
            if (Files.size(file) > cn.projectdesk.core.report.SignatureImage.MAX_BYTES) {
                throw cn.projectdesk.core.domain.ValidationException.of("signature", "validation.signature.tooLarge");
            }
            byte[] bytes = Files.readAllBytes(file);
            context.core().forms().setSignature(user, user.username(), bytes);
            return bytes;
        }, onDone, onFailure);
    }

    void removeSignature(Runnable onDone, Consumer<Throwable> onFailure) {
        run(() -> context.core().forms().removeSignature(user, user.username()), onDone, onFailure);
    }

    void loadDelegations(Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().approvals().delegations(user), delegations::setAll, onFailure);
    }

    void delegate(String to, LocalDate from, LocalDate until, String reason, Runnable onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().approvals().delegate(user, to, from, until, reason), d -> {
            loadDelegations(onFailure);
            onDone.run();
        }, onFailure);
    }

    void revoke(UUID delegation, Consumer<Throwable> onFailure) {
        run(() -> context.core().approvals().revokeDelegation(user, delegation), () -> loadDelegations(onFailure), onFailure);
    }

    private void run(ThrowingRunnable work, Runnable onDone, Consumer<Throwable> onFailure) {
        context.runner().run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> onDone.run(), onFailure);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}

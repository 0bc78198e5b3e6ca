package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import cn.projectdesk.sync.client.DeviceCertificate;
import cn.projectdesk.sync.client.DeviceSetup;
import cn.projectdesk.sync.client.NodeBundles;
import cn.projectdesk.sync.client.SyncState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Sync screen's state and actions. Everything that talks to the server or writes the sync
 * bookkeeping goes through the {@link SyncAgent} (one at a time, off the FX thread) and calls the same
 * client code as {@code projectdesk sync setup}, {@code sync} and {@code bundle export|import}.
 */
final class SyncViewModel {
    private final AppContext context;
    private final UserSession user;
    private final SyncAgent agent;
    private final StringProperty server = new SimpleStringProperty("");
    private final ObjectProperty<Path> certificateFile = new SimpleObjectProperty<>();
    private final StringProperty certificateInfo = new SimpleStringProperty("");

    SyncViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        this.agent = context.sync();
        new SyncState(database().settings()).server().ifPresent(server::set);
    }

    SyncAgent agent() {
        return agent;
    }

    StringProperty server() {
        return server;
    }

    ObjectProperty<Path> certificateFile() {
        return certificateFile;
    }

    StringProperty certificateInfo() {
        return certificateInfo;
    }

    /** Setting up the connection is an administrator's task (DESIGN §1); syncing is everyone's. */
    boolean mayConfigure() {
        return user.has(Permission.ADMINISTER);
    }

    private Database database() {
        return context.core().database();
    }

    void refresh() {
        agent.refreshStatus();
        keptCertificate().ifPresent(file -> certificateInfo.set(file.toString()));
    }

    private Optional<Path> keptCertificate() {
        return new SyncState(database().settings()).certificate().map(Path::of);
    }

    /**
     * Checks the certificate (password, a device certificate of a CA, valid now), then connects to the
     * server as {@code sync setup} does, or only keeps it for bundles when no address is given.
     */
    void connect(char[] password, Consumer<DeviceCertificate> onDone, Consumer<Throwable> onFailure) {
        Path file = certificateFile.get();
        String address = server.get() == null ? "" : server.get().strip();
        char[] pw = password.clone();
        whenDone(agent.exclusive(() -> {
            DeviceCertificate certificate = DeviceCertificate.inspect(file, pw, Instant.now());
            if (address.isEmpty()) {
                DeviceSetup.importCertificate(database(), file, pw);
            } else {
                DeviceSetup.connect(database(), URI.create(address), file, pw);
            }
            return certificate;
        }), certificate -> {
            agent.setPassword(pw);
            onDone.accept(certificate);
        }, onFailure);
    }

    /** Gives the kept certificate's password for this session (checked before it is used). */
    void unlock(char[] password, Consumer<DeviceCertificate> onDone, Consumer<Throwable> onFailure) {
        char[] pw = password.clone();
        context.runner().run(() -> DeviceCertificate.inspect(keptCertificate().orElseThrow(() -> new IllegalStateException(
                "no device certificate")), pw, Instant.now()), certificate -> {
                    agent.setPassword(pw);
                    onDone.accept(certificate);
                }, onFailure);
    }

    void exportBundle(Path folder, Consumer<Exported> onDone, Consumer<Throwable> onFailure) {
        char[] pw = agent.password();
        if (pw == null) {
            onFailure.accept(new PasswordNeededException());
            return;
        }
        Path file = BundleNames.propose(folder, database().nodeId());
        whenDone(agent.exclusive(() -> new Exported(file, new NodeBundles(database()).export(file, pw))), onDone, onFailure);
    }

    void importBundle(Path file, Consumer<NodeBundles.Imported> onDone, Consumer<Throwable> onFailure) {
        char[] pw = agent.password();
        if (pw == null) {
            onFailure.accept(new PasswordNeededException());
            return;
        }
        whenDone(agent.exclusive(() -> new NodeBundles(database()).importReply(file, pw)), onDone, onFailure);
    }

    record Exported(Path file, NodeBundles.Exported result) {
    }

    /** Bundles are signed or checked with the device key, so its password must be known first. */
    static final class PasswordNeededException extends IllegalStateException {
        PasswordNeededException() {
            super("the device certificate's password is needed");
        }
    }

    static <T> void whenDone(CompletableFuture<T> future, Consumer<? super T> onDone, Consumer<Throwable> onFailure) {
        future.whenComplete((value, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                onDone.accept(value);
            } else {
                onFailure.accept(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        }));
    }
}

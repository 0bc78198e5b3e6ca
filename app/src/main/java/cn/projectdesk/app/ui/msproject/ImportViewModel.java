package cn.projectdesk.app.ui.msproject;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.interop.MsProjectImportResult;
import cn.projectdesk.core.interop.ProjectFileException;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One MS Project import: runs it on the worker thread, reports its progress (0..1) and, when it is
 * done, hands over the new project; a failure becomes one sentence naming the file and the reason.
 */
public final class ImportViewModel {
    private final AppContext context;
    private final UserSession user;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty error = new SimpleStringProperty();

    public ImportViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public void start(Path file, Consumer<ProjectSummary> onDone) {
        progress.set(0);
        error.set(null);
        context.runner().run(() -> {
            MsProjectImportResult r = context.core().msProject().importFile(user, file, null, null,
                    p -> Platform.runLater(() -> progress.set(Math.max(progress.get(), p))));
            return context.core().projects().get(user, r.projectId());
        }, project -> {
            progress.set(1);
            onDone.accept(project);
        }, failure -> error.set(describe(file, failure)));
    }

    private String describe(Path file, Throwable failure) {
        if (failure instanceof ProjectFileException e) {
            return context.messages().format("msproject.import.failed", file.getFileName(), reason(e.reason()));
        }
        return context.messages().format("msproject.import.failed", file.getFileName(),
                new cn.projectdesk.app.ui.common.ErrorMessages(context.messages()).describe(failure));
    }

    /** Core names the reason in English (as the CLI prints it); the usual ones read in the user's language. */
    private String reason(String reason) {
        for (String[] known : new String[][] {{"not a project file", "msproject.reason.notProject"},
            {"password-protected", "msproject.reason.password"}, {"damaged or truncated", "msproject.reason.damaged"},
            {"no such file", "msproject.reason.missing"}, {"empty file", "msproject.reason.empty"},
            {"not readable", "msproject.reason.unreadable"}}) {
            if (reason.startsWith(known[0])) {
                return context.messages().get(known[1]);
            }
        }
        return reason;
    }
}

package cn.projectdesk.app.ui.archive;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.archive.ArchiveDocumentRow;
import cn.projectdesk.core.archive.ArchiveDraft;
import cn.projectdesk.core.archive.ArchiveService;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The archive screen's state and its link to core: one project's current documents, or the search
 * hits across all visible projects; filing, new versions, history, opening a copy and the zip export.
 */
public final class ArchiveViewModel {
    private final AppContext context;
    private final UserSession user;
    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final ObservableList<ArchiveDocumentRow> documents = FXCollections.observableArrayList();
    private final ObjectProperty<ProjectSummary> project = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");

    public ArchiveViewModel(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
    }

    public void loadProjects(Consumer<Throwable> onFailure) {
        context.runner().run(() -> context.core().projects().list(user), list -> {
            projects.setAll(list);
            if (project.get() == null && !list.isEmpty()) {
                project.set(list.get(0));
            } else {
                reload(onFailure);
            }
        }, onFailure);
    }

    /** The selected project's documents, or the search hits when there is search text. */
    public void reload(Consumer<Throwable> onFailure) {
        String text = search.get() == null ? "" : search.get().strip();
        ProjectSummary p = project.get();
        context.runner().run(() -> !text.isEmpty() ? service().search(user, text)
                : p == null ? List.<ArchiveDocumentRow>of() : service().list(user, p.id()), documents::setAll, onFailure);
    }

    public void add(ArchiveDraft draft, Path file, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return service().add(user, p.id(), draft, in);
            }
        }, row -> reload(onFailure), onFailure);
    }

    public void addVersion(UUID documentId, Path file, String notes, Consumer<Throwable> onFailure) {
        context.runner().run(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return service().addVersion(user, documentId, file.getFileName().toString(), notes, in);
            }
        }, row -> reload(onFailure), onFailure);
    }

    public void history(UUID documentId, Consumer<List<ArchiveDocumentRow>> show, Consumer<Throwable> onFailure) {
        context.runner().run(() -> service().history(user, documentId), show, onFailure);
    }

    /** Copies a version out to a file the user chose. */
    public void saveCopy(UUID documentId, Path target, Consumer<Throwable> onFailure) {
        context.runner().run(() -> {
            try (InputStream in = service().open(user, documentId)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }, done -> { }, onFailure);
    }

    public void export(Path zip, Consumer<Integer> done, Consumer<Throwable> onFailure) {
        ProjectSummary p = project.get();
        context.runner().run(() -> {
            Path partial = zip.resolveSibling(zip.getFileName() + ".part");
            int n;
            try (OutputStream out = Files.newOutputStream(partial)) {
                n = service().exportTo(user, p.id(), out);
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
            return n;
        }, done, onFailure);
    }

    private ArchiveService service() {
        return context.core().ops().archive();
    }

    public ObservableList<ProjectSummary> projects() {
        return projects;
    }

    public ObservableList<ArchiveDocumentRow> documents() {
        return documents;
    }

    public ObjectProperty<ProjectSummary> project() {
        return project;
    }

    public StringProperty search() {
        return search;
    }
}

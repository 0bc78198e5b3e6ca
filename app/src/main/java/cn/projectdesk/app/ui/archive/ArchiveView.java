package cn.projectdesk.app.ui.archive;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.archive.ArchiveDocumentRow;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * 档案: a project's documents by number (project-stage-type-sequence), with filing, new versions,
 * version history, saving a copy, full-text search over all visible projects and the zip export.
 */
public final class ArchiveView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private final ArchiveViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<ArchiveDocumentRow> table;

    public ArchiveView(AppContext context, UserSession user) {
        this.model = new ArchiveViewModel(context, user);
        this.messages = context.messages();
        Label title = new Label(messages.get("archive.title"));
        title.getStyleClass().add("page-title");
        ChoiceBox<ProjectSummary> project = new ChoiceBox<>(model.projects());
        project.setId("archive-project");
        project.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProjectSummary p) {
                return p == null ? "" : p.code() + " " + p.name();
            }

            @Override
            public ProjectSummary fromString(String s) {
                return null;
            }
        });
        project.valueProperty().bindBidirectional(model.project());
        model.project().addListener(o -> model.reload(this::fail));
        TextField search = new TextField();
        search.setId("archive-search");
        search.setPromptText(messages.get("archive.searchPrompt"));
        search.textProperty().bindBidirectional(model.search());
        search.setOnAction(e -> model.reload(this::fail));
        table = table();
        Button add = button("archive-add", "archive.add", () -> ArchiveDialogs.askDraft(window(), messages)
                .ifPresent(d -> chooseFile().ifPresent(f -> model.add(d.toDraft(f.getName()), f.toPath(), this::fail))));
        Button version = button("archive-version", "archive.newVersion", () -> selected().ifPresent(doc ->
                chooseFile().ifPresent(f -> model.addVersion(doc.id(), f.toPath(), null, this::fail))));
        Button history = button("archive-history", "archive.history", () -> selected().ifPresent(doc ->
                model.history(doc.id(), this::showHistory, this::fail)));
        Button save = button("archive-save", "archive.saveCopy", () -> selected().ifPresent(doc -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(doc.fileName());
            File target = chooser.showSaveDialog(window());
            if (target != null) {
                model.saveCopy(doc.id(), target.toPath(), this::fail);
            }
        }));
        Button export = button("archive-export", "archive.export", () -> {
            if (model.project().get() == null) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(model.project().get().code() + "-档案.zip");
            File target = chooser.showSaveDialog(window());
            if (target != null) {
                model.export(target.toPath(), n -> Dialogs.showInfo(window(), messages, messages.get("archive.export"),
                        messages.format("archive.exported", n, target)), this::fail);
            }
        });
        FlowPane bar = new FlowPane(8, 6, new Label(messages.get("archive.project")), project, search, add, version, history,
                save, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new VBox(8, title, bar));
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        model.loadProjects(this::fail);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void fail(Throwable failure) {
        Dialogs.showFailure(window(), messages, messages.get("archive.title"), failure);
    }

    private java.util.Optional<ArchiveDocumentRow> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private java.util.Optional<File> chooseFile() {
        return java.util.Optional.ofNullable(new FileChooser().showOpenDialog(window()));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showHistory(List<ArchiveDocumentRow> versions) {
        String text = versions.stream().map(v -> "v" + v.versionNo() + "  " + TIME.format(v.uploadedAt()) + "  " + v.uploadedBy()
                + "  " + v.fileName() + (v.notes() == null ? "" : "  — " + v.notes())).collect(Collectors.joining("\n"));
        Dialogs.showInfo(window(), messages, messages.format("archive.historyOf", versions.get(0).number()), text);
    }

    private TableView<ArchiveDocumentRow> table() {
        TableView<ArchiveDocumentRow> t = new TableView<>(model.documents());
        t.setId("archive-table");
        t.getColumns().add(column("archive.column.number", ArchiveDocumentRow::number, 200));
        t.getColumns().add(column("archive.column.version", d -> "v" + d.versionNo(), 50));
        t.getColumns().add(column("archive.column.stage", d -> messages.of(d.stage()), 70));
        t.getColumns().add(column("archive.column.type", d -> messages.of(d.type()), 110));
        t.getColumns().add(column("archive.column.title", ArchiveDocumentRow::title, 200));
        t.getColumns().add(column("archive.column.file", ArchiveDocumentRow::fileName, 180));
        t.getColumns().add(column("archive.column.size", d -> size(d.sizeBytes()), 80));
        t.getColumns().add(column("archive.column.access", d -> messages.of(d.access()), 90));
        t.getColumns().add(column("archive.column.uploaded", d -> d.uploadedBy() + " " + TIME.format(d.uploadedAt()), 170));
        t.setPlaceholder(new Label(messages.get("archive.none")));
        return t;
    }

    /** 1,234 B / 12.3 KB / 4.5 MB: enough to tell a scan from a form. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format("%.1f KB", kb) : String.format("%.1f MB", kb / 1024);
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.sync.client.SyncStatus;
import cn.projectdesk.sync.client.Synchronizer;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The first tab: where this node syncs to, how it went last time, "Sync now" and the automatic sync. */
final class SyncStatusPane {
    static final List<Integer> AUTO_CHOICES = List.of(0, 5, 15, 30, 60, 240);
    private final SyncViewModel model;
    private final SyncAgent agent;
    private final SyncTexts texts;
    private final Messages messages;
    private final Supplier<SyncFilePicker> picker;
    private final Consumer<Throwable> onFailure;
    private final Runnable afterSync;
    private final VBox root = new VBox(14);

    SyncStatusPane(SyncViewModel model, SyncTexts texts, Messages messages, Supplier<SyncFilePicker> picker,
                   Consumer<Throwable> onFailure, Runnable afterSync) {
        this.model = model;
        this.agent = model.agent();
        this.texts = texts;
        this.messages = messages;
        this.picker = picker;
        this.onFailure = onFailure;
        this.afterSync = afterSync;
        root.getChildren().addAll(section("sync.section.connection"), connection(), section("sync.section.status"), status(),
                syncNow(), section("sync.section.auto"), auto());
        root.setPadding(new Insets(12));
    }

    Node node() {
        return root;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private Node connection() {
        GridPane grid = grid();
        TextField server = new TextField();
        server.setId("sync-server");
        server.setPromptText("https://hq.example:8443");
        server.textProperty().bindBidirectional(model.server());
        server.setPrefColumnCount(34);
        Label file = new Label();
        file.setId("sync-cert-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> model.certificateFile().get() == null
                ? model.certificateInfo().get() : model.certificateFile().get().toString(), model.certificateFile(),
                model.certificateInfo()));
        Button choose = new Button(messages.get("sync.cert.chooseButton"));
        choose.setId("sync-cert-choose");
        choose.setOnAction(e -> picker.get().certificate(root.getScene().getWindow()).ifPresent(model.certificateFile()::set));
        PasswordField password = new PasswordField();
        password.setId("sync-cert-password");
        Button connect = new Button(messages.get("sync.connect"));
        connect.setId("sync-connect");
        connect.disableProperty().bind(model.certificateFile().isNull().or(agent.runningProperty()));
        Label certificate = new Label();
        certificate.setId("sync-cert-info");
        certificate.getStyleClass().add("hint");
        connect.setOnAction(e -> model.connect(password.getText().toCharArray(), c -> {
            password.clear();
            certificate.setText(texts.certificate(c));
            model.refresh();
        }, onFailure));
        Button unlock = new Button(messages.get("sync.unlock"));
        unlock.setId("sync-unlock");
        unlock.disableProperty().bind(password.textProperty().isEmpty());
        unlock.setOnAction(e -> model.unlock(password.getText().toCharArray(), c -> {
            password.clear();
            certificate.setText(texts.certificate(c));
        }, onFailure));
        Label passwordState = new Label();
        passwordState.setId("sync-password-state");
        passwordState.getStyleClass().add("hint");
        passwordState.textProperty().bind(Bindings.when(agent.passwordKnownProperty())
                .then(messages.get("sync.password.known")).otherwise(messages.get("sync.password.unknown")));
        grid.addRow(0, new Label(messages.get("sync.server")), server);
        grid.addRow(1, new Label(messages.get("sync.cert")), new HBox(8, choose, file));
        grid.addRow(2, new Label(messages.get("sync.cert.password")), new HBox(8, password, connect, unlock, passwordState));
        grid.add(certificate, 1, 3);
        boolean admin = model.mayConfigure();
        server.setEditable(admin);
        choose.setDisable(!admin);
        connect.setVisible(admin);
        connect.setManaged(admin);
        return grid;
    }

    private Node status() {
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("sync.status.server")), value("sync-status-server",
                s -> s.server() == null ? messages.get("sync.notConfigured") : s.server()));
        grid.addRow(1, new Label(messages.get("sync.status.last")), value("sync-status-last",
                s -> texts.time(s.lastSyncAt())));
        grid.addRow(2, new Label(messages.get("sync.status.result")), value("sync-status-result",
                s -> texts.lastResult(s.lastResult())));
        grid.addRow(3, new Label(messages.get("sync.status.pending")), value("sync-status-pending",
                s -> Long.toString(s.pendingChanges())));
        grid.addRow(4, new Label(messages.get("sync.status.cursor")), value("sync-status-cursor",
                s -> s.cursor() + " · " + messages.format("sync.status.acknowledged", s.pushedSeq())));
        grid.addRow(5, new Label(messages.get("sync.status.conflicts")), value("sync-status-conflicts",
                s -> Long.toString(s.openConflicts())));
        return grid;
    }

    private Label value(String id, java.util.function.Function<SyncStatus, String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(Bindings.createStringBinding(() -> agent.statusProperty().get() == null ? "…"
                : text.apply(agent.statusProperty().get()), agent.statusProperty()));
        return label;
    }

    private Node syncNow() {
        Button now = new Button(messages.get("sync.now"));
        now.setId("sync-now");
        now.getStyleClass().add("default-action");
        now.disableProperty().bind(agent.runningProperty().or(Bindings.createBooleanBinding(() ->
                agent.statusProperty().get() == null || !agent.statusProperty().get().configured(), agent.statusProperty())));
        now.setOnAction(e -> SyncViewModel.whenDone(agent.syncNow(), outcome -> afterSync.run(), onFailure));
        Button cancel = new Button(messages.get("sync.cancel"));
        cancel.setId("sync-cancel");
        cancel.disableProperty().bind(agent.runningProperty().not());
        cancel.setOnAction(e -> agent.cancel());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("sync-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> fraction(agent.progressProperty().get()),
                agent.progressProperty(), agent.runningProperty(), agent.outcomeProperty()));
        Label progress = new Label();
        progress.setId("sync-progress-text");
        progress.textProperty().bind(Bindings.createStringBinding(() -> agent.runningProperty().get()
                ? texts.progress(agent.progressProperty().get()) : texts.outcome(agent.outcomeProperty().get()),
                agent.progressProperty(), agent.runningProperty(), agent.outcomeProperty()));
        progress.setWrapText(true);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox row = new HBox(10, now, cancel, bar, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private double fraction(Synchronizer.Progress p) {
        if (!agent.runningProperty().get()) {
            return agent.outcomeProperty().get() != null && agent.outcomeProperty().get().kind() == SyncOutcome.Kind.OK ? 1 : 0;
        }
        if (p == null || p.total() < 0) {
            return ProgressBar.INDETERMINATE_PROGRESS;
        }
        // pushing is the first half of the bar; the pull's size is unknown until its last page
        double push = p.total() == 0 ? 1 : (double) p.done() / p.total();
        return p.phase() == Synchronizer.Progress.Phase.PUSH ? push / 2 : 1;
    }

    private Node auto() {
        ComboBox<Integer> every = new ComboBox<>();
        every.setId("sync-auto");
        every.getItems().setAll(AUTO_CHOICES);
        if (!AUTO_CHOICES.contains(agent.everyMinutesProperty().get())) {
            every.getItems().add(agent.everyMinutesProperty().get());
        }
        every.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : texts.everyMinutes(minutes);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        every.setValue(agent.everyMinutesProperty().get());
        every.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                agent.setEveryMinutes(now);
            }
        });
        Label hint = new Label(messages.get("sync.auto.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, every, hint);
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }
}

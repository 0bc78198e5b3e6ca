package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.store.ConflictRow;
import cn.projectdesk.core.store.Replication;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Values that lost a merge, one row per field: which record, mine against theirs, where each came from
 * and when. "Keep mine" / "Keep theirs" close a row (Ctrl+Z opens it again with the value before).
 */
final class ConflictsPane {
    /** The app's date-time style (audit, approvals, backups), the same in both languages. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final ConflictsModel model;
    private final Messages messages;
    private final Consumer<Throwable> onFailure;
    private final BorderPane root = new BorderPane();
    private final TableView<ConflictItem> table;

    ConflictsPane(ConflictsModel model, Messages messages, Consumer<Throwable> onFailure) {
        this.model = model;
        this.messages = messages;
        this.onFailure = onFailure;
        table = table();
        Button mine = action("conflicts-keep-mine", "sync.conflicts.keepMine", Replication.Resolution.KEEP_MINE);
        Button theirs = action("conflicts-keep-theirs", "sync.conflicts.keepTheirs", Replication.Resolution.KEEP_THEIRS);
        Label count = new Label();
        count.setId("conflicts-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("sync.conflicts.count",
                model.rows().size()), model.rows()));
        Label hint = new Label(messages.get("sync.conflicts.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox bar = new HBox(8, mine, theirs, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new VBox(6, hint, bar));
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
    }

    Node node() {
        return root;
    }

    void refresh() {
        model.refresh(onFailure);
    }

    private Button action(String id, String key, Replication.Resolution resolution) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setVisible(model.mayResolve());
        button.setManaged(model.mayResolve());
        button.setOnAction(e -> {
            ConflictItem item = table.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.resolve(item, resolution, this::refresh, onFailure);
            }
        });
        return button;
    }

    private TableView<ConflictItem> table() {
        TableView<ConflictItem> t = new TableView<>(model.rows());
        t.setId("conflicts-table");
        t.getColumns().add(column("sync.conflicts.column.entity", c -> entityType(c.row().entityType()), 60));
        t.getColumns().add(column("sync.conflicts.column.record", ConflictItem::record, 220));
        t.getColumns().add(column("sync.conflicts.column.field", c -> field(c.row().field()), 90));
        t.getColumns().add(column("sync.conflicts.column.mine", c -> shown(c.row().mine()), 150));
        t.getColumns().add(column("sync.conflicts.column.theirs", c -> shown(c.row().theirs()), 150));
        t.getColumns().add(column("sync.conflicts.column.kind", this::kind, 100));
        t.getColumns().add(column("sync.conflicts.column.from", this::from, 130));
        t.getColumns().add(column("sync.conflicts.column.detected", c -> TIME.format(c.row().detectedAt()), 140));
        t.setPlaceholder(new Label(messages.get("sync.conflicts.none")));
        return t;
    }

    private String entityType(String type) {
        String key = "sync.entity." + type;
        String name = messages.get(key);
        return name.equals(key) ? type : name;
    }

    private String field(String field) {
        String key = "sync.field." + field;
        String name = messages.get(key);
        return name.equals(key) ? field : name;
    }

    private String shown(String value) {
        return value == null ? messages.get("sync.conflicts.empty") : value;
    }

    private String kind(ConflictItem c) {
        String text = messages.get("sync.conflicts.kind." + c.row().kind().name());
        return c.row().strictReview() ? text + " · " + messages.get("sync.conflicts.strict") : text;
    }

    /** Which node wrote "theirs" (the other side); when the merge kept the loser has its own column. */
    private String from(ConflictItem c) {
        ConflictRow r = c.row();
        String theirsNode = r.localLost() ? r.winnerNode() : r.loserNode();
        return messages.format("sync.conflicts.fromText", shortNode(theirsNode));
    }

    /** The end of the id: node ids are time-ordered UUIDs, so their beginnings look alike for nodes set up together. */
    static String shortNode(String node) {
        return node == null || node.isEmpty() ? "?" : node.substring(Math.max(0, node.length() - 8));
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.change.ChangeItemView;
import cn.projectdesk.core.change.ChangeView;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 变更: file a change request; the project's change requests and, for the chosen one, every impact line before and after. */
final class ChangesPane {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final VBox root = new VBox(10);

    ChangesPane(LifecycleViewModel model, Messages messages, Consumer<Throwable> onFailure) {
        TableView<ChangeView> changes = Columns.table("changes-table", messages);
        changes.setItems(model.changes());
        changes.getColumns().add(Columns.text(messages, "lifecycle.change.code", ChangeView::requestCode, 130));
        changes.getColumns().add(Columns.text(messages, "lifecycle.change.title", ChangeView::title, 260));
        changes.getColumns().add(Columns.text(messages, "lifecycle.change.kind", c -> messages.of(c.kind()), 90));
        changes.getColumns().add(Columns.text(messages, "lifecycle.change.status", c -> messages.of(c.status()), 90));
        changes.getColumns().add(Columns.text(messages, "lifecycle.change.applied",
                c -> c.appliedAt() == null ? "" : Formats.date(c.appliedAt().atZone(BEIJING).toLocalDate()), 110));
        changes.getColumns().add(Columns.text(messages, "lifecycle.change.baseline", c -> Columns.orBlank(c.baselineName()), 180));
        changes.getColumns().add(Columns.text(messages, "lifecycle.change.reason", ChangeView::reason, 320));
        changes.setPrefHeight(26 * 4 + 30);

        TableView<ChangeItemView> items = Columns.table("change-items", messages);
        items.getColumns().add(Columns.text(messages, "lifecycle.change.item", i -> messages.of(i.kind()), 110));
        items.getColumns().add(Columns.text(messages, "lifecycle.change.subject", i -> Columns.orBlank(i.subject()), 240));
        items.getColumns().add(Columns.text(messages, "lifecycle.change.duration",
                i -> i.newDuration() == null ? "" : Columns.orBlank(i.beforeDuration()) + " → " + i.newDuration(), 100));
        items.getColumns().add(Columns.text(messages, "lifecycle.change.before",
                i -> i.beforeAmount() != null ? Formats.money(i.beforeAmount())
                        : Formats.date(i.beforeStart()) + " – " + Formats.date(i.beforeFinish()), 200));
        items.getColumns().add(Columns.text(messages, "lifecycle.change.after",
                i -> i.newAmount() != null ? (i.afterAmount() != null ? Formats.money(i.afterAmount())
                        : Formats.money(i.newAmount()) + " " + messages.get("lifecycle.change.notApplied"))
                        : i.afterStart() == null ? messages.get("lifecycle.change.notApplied")
                        : Formats.date(i.afterStart()) + " – " + Formats.date(i.afterFinish()), 200));
        VBox.setVgrow(items, Priority.ALWAYS);
        changes.getSelectionModel().selectedItemProperty().addListener((o, old, now) ->
                items.getItems().setAll(now == null ? java.util.List.of() : now.items()));
        model.changes().addListener((javafx.collections.ListChangeListener<ChangeView>) c -> {
            if (!model.changes().isEmpty()) {
                changes.getSelectionModel().select(0);
            }
        });
        Label impact = new Label(messages.get("lifecycle.change.impact"));
        impact.getStyleClass().add("section-title");
        Button file = new Button(messages.get("lifecycle.change.new"));
        file.setId("change-new");
        file.disableProperty().bind(model.project().isNull());
        file.setOnAction(e -> model.loadTasks(tasks -> ChangeRequestDialog.ask(root.getScene().getWindow(), messages,
                model.project().get().id(), tasks).ifPresent(draft -> model.fileChange(draft, () -> { }, onFailure)), onFailure));
        root.getChildren().addAll(new HBox(8, file), changes, impact, items);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }
}

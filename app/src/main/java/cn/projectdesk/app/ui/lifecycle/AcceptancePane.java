package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.acceptance.AcceptanceView;
import cn.projectdesk.core.acceptance.RectificationRow;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 验收: plan an acceptance, seat its panel (drawn by lot or picked; the supplier's experts left out),
 * record each check and each expert's opinion (undoable), conclude (failed items become 整改 items with an
 * owner and due date), and close 整改 items with evidence from the archive.
 */
final class AcceptancePane {
    private final VBox root = new VBox(10);
    private final Messages messages;
    private UUID chosen;

    AcceptancePane(LifecycleViewModel model, Messages messages, Consumer<Throwable> onFailure) {
        this.messages = messages;
        TableView<AcceptanceView> list = Columns.table("acceptance-table", messages);
        list.setItems(model.acceptances());
        list.getColumns().add(Columns.text(messages, "lifecycle.acceptance.kind", a -> messages.of(a.kind()), 110));
        list.getColumns().add(Columns.text(messages, "lifecycle.acceptance.planned", a -> Formats.date(a.plannedOn()), 100));
        list.getColumns().add(Columns.text(messages, "lifecycle.acceptance.held", a -> Formats.date(a.heldOn()), 100));
        list.getColumns().add(Columns.text(messages, "lifecycle.acceptance.supplier", AcceptanceView::supplierOrg, 220));
        list.getColumns().add(Columns.text(messages, "lifecycle.acceptance.outcome", a -> messages.of(a.outcome()), 110));
        list.getColumns().add(Columns.text(messages, "lifecycle.acceptance.average", a -> Columns.orBlank(a.averageScore()), 90));
        list.getColumns().add(Columns.text(messages, "lifecycle.acceptance.conclusion", a -> Columns.orBlank(a.conclusion()), 360));
        list.setPrefHeight(26 * 3 + 30);

        TableView<AcceptanceView.Check> checks = Columns.table("acceptance-checks", messages);
        checks.getColumns().add(Columns.text(messages, "lifecycle.acceptance.check", AcceptanceView.Check::description, 200));
        checks.getColumns().add(Columns.text(messages, "lifecycle.acceptance.result", c -> messages.of(c.result()), 80));
        checks.getColumns().add(Columns.text(messages, "lifecycle.acceptance.note", c -> Columns.orBlank(c.note()), 200));
        TableView<AcceptanceView.Panelist> panel = Columns.table("acceptance-panel", messages);
        panel.getColumns().add(Columns.text(messages, "lifecycle.acceptance.expert", AcceptanceView.Panelist::name, 80));
        panel.getColumns().add(Columns.text(messages, "lifecycle.acceptance.organisation", AcceptanceView.Panelist::organisation, 190));
        panel.getColumns().add(Columns.text(messages, "lifecycle.acceptance.score", p -> Columns.orBlank(p.score()), 60));
        panel.getColumns().add(Columns.text(messages, "lifecycle.acceptance.opinion", p -> Columns.orBlank(p.opinion()), 300));
        SplitPane details = new SplitPane(checks, panel);
        details.setDividerPositions(0.42);
        details.setPrefHeight(26 * 5 + 30);

        TableView<RectificationRow> fixes = Columns.table("rectification-table", messages);
        fixes.getColumns().add(Columns.text(messages, "lifecycle.rectification.item", RectificationRow::description, 300));
        fixes.getColumns().add(Columns.text(messages, "lifecycle.rectification.owner", RectificationRow::ownerName, 80));
        fixes.getColumns().add(Columns.text(messages, "lifecycle.rectification.due", r -> Formats.date(r.dueOn()), 100));
        fixes.getColumns().add(Columns.text(messages, "lifecycle.rectification.state",
                r -> messages.get(r.open() ? "lifecycle.rectification.open" : "lifecycle.rectification.closed"), 80));
        fixes.getColumns().add(Columns.text(messages, "lifecycle.rectification.evidence",
                r -> r.open() ? "" : r.evidence() + "（" + Formats.date(r.closedOn()) + "）", 380));
        VBox.setVgrow(fixes, Priority.ALWAYS);

        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            checks.getItems().setAll(now == null ? List.of() : now.checks());
            panel.getItems().setAll(now == null ? List.of() : now.panel());
            fixes.getItems().setAll(now == null ? List.of() : now.rectifications());
        });
        model.acceptances().addListener((ListChangeListener<AcceptanceView>) c -> {
            if (!model.acceptances().isEmpty()) {
                int again = chosen == null ? -1 : indexOf(model.acceptances(), chosen);
                list.getSelectionModel().select(Math.max(again, 0));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                chosen = now.id();
            }
        });
        Button close = new Button(messages.get("lifecycle.rectification.close"));
        close.setId("rectification-close");
        close.disableProperty().bind(fixes.getSelectionModel().selectedItemProperty().isNull());
        close.setOnAction(e -> {
            RectificationRow row = fixes.getSelectionModel().getSelectedItem();
            if (row.open()) {
                model.archive(documents -> AcceptanceDialogs.closing(window(), messages, row.description(), documents)
                        .ifPresent(evidence -> model.closeRectification(row.id(), evidence, onFailure)), onFailure);
            }
        });

        Button plan = button("acceptance-new", "lifecycle.acceptance.new", model.project().isNull());
        plan.setOnAction(e -> AcceptanceDialogs.plan(window(), messages, model.today())
                .ifPresent(p -> model.planAcceptance(p, onFailure)));
        Button seat = button("panel-seat", "lifecycle.panel.title", list.getSelectionModel().selectedItemProperty().isNull());
        seat.setOnAction(e -> {
            AcceptanceView a = list.getSelectionModel().getSelectedItem();
            model.eligibleExperts(a.id(), experts -> AcceptanceDialogs.seat(window(), messages, experts)
                    .ifPresent(choice -> model.seat(a.id(), choice, onFailure)), onFailure);
        });
        Button recordCheck = button("check-record", "lifecycle.acceptance.recordCheck",
                checks.getSelectionModel().selectedItemProperty().isNull());
        recordCheck.setOnAction(e -> {
            AcceptanceView.Check c = checks.getSelectionModel().getSelectedItem();
            AcceptanceDialogs.check(window(), messages, c.description())
                    .ifPresent(v -> model.recordCheck(list.getSelectionModel().getSelectedItem(), c, v, onFailure));
        });
        Button recordOpinion = button("opinion-record", "lifecycle.acceptance.recordOpinion",
                panel.getSelectionModel().selectedItemProperty().isNull());
        recordOpinion.setOnAction(e -> {
            AcceptanceView.Panelist p = panel.getSelectionModel().getSelectedItem();
            AcceptanceDialogs.opinion(window(), messages, p.name() + "（" + p.organisation() + "）")
                    .ifPresent(v -> model.recordOpinion(list.getSelectionModel().getSelectedItem(), p, v, onFailure));
        });
        Button conclude = button("acceptance-conclude", "lifecycle.acceptance.conclude",
                list.getSelectionModel().selectedItemProperty().isNull());
        conclude.setOnAction(e -> AcceptanceDialogs.conclude(window(), messages, model.today(), model.username())
                .ifPresent(c -> model.conclude(list.getSelectionModel().getSelectedItem().id(), c, onFailure)));
        HBox actions = new HBox(8, plan, seat, recordCheck, recordOpinion, conclude);
        Label fixTitle = new Label(messages.get("lifecycle.rectification.title"));
        fixTitle.getStyleClass().add("section-title");
        root.getChildren().addAll(actions, list, details, new HBox(8, fixTitle, close), fixes);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Button button(String id, String key, javafx.beans.value.ObservableBooleanValue disabled) {
        Button b = new Button(messages.get(key) + "…");
        b.setId(id);
        b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(disabled::get, disabled));
        return b;
    }

    private static int indexOf(List<AcceptanceView> all, UUID id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}

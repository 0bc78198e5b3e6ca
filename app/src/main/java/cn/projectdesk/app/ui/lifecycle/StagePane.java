package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.lifecycle.GateItemKind;
import cn.projectdesk.core.lifecycle.GateItemStatus;
import cn.projectdesk.core.lifecycle.GateNotMetException;
import cn.projectdesk.core.lifecycle.StageHistoryEntry;
import cn.projectdesk.core.lifecycle.StageOverview;
import cn.projectdesk.core.project.LifecycleStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 阶段: the eight stages with the current one marked, the gate checklist to the next, the stage history. */
final class StagePane {
    private static final String DONE = "-fx-background-color: #d9ead3; -fx-text-fill: #274e13;";
    private static final String CURRENT = "-fx-background-color: #1f5fa8; -fx-text-fill: white; -fx-font-weight: bold;";
    private static final String TODO = "-fx-background-color: #eeeeee; -fx-text-fill: #666666;";

    private final LifecycleViewModel model;
    private final Messages messages;
    private final Consumer<Throwable> onFailure;
    private final VBox root = new VBox(10);
    private final HBox strip = new HBox(4);
    private final Label gateTitle = new Label();
    private final TableView<GateItemStatus> gate;
    private final TableView<StageHistoryEntry> history;

    StagePane(LifecycleViewModel model, Messages messages, Consumer<Throwable> onFailure) {
        this.model = model;
        this.messages = messages;
        this.onFailure = onFailure;
        strip.setId("stage-strip");
        gateTitle.getStyleClass().add("section-title");
        gate = Columns.table("stage-gate", messages);
        gate.getColumns().add(Columns.text(messages, "lifecycle.gate.state",
                i -> messages.get(i.met() ? "lifecycle.gate.met" : "lifecycle.gate.missing"), 90));
        gate.getColumns().add(Columns.text(messages, "lifecycle.gate.item", this::name, 240));
        gate.getColumns().add(Columns.text(messages, "lifecycle.gate.kind", i -> messages.of(i.kind()), 90));
        gate.getColumns().add(Columns.text(messages, "lifecycle.gate.evidence", this::evidence, 460));
        gate.setPrefHeight(26 * 4 + 30);
        history = Columns.table("stage-history", messages);
        history.getColumns().add(Columns.text(messages, "lifecycle.history.on", h -> h.on().toString(), 110));
        history.getColumns().add(Columns.text(messages, "lifecycle.history.move",
                h -> (h.from() == null ? "" : messages.of(h.from()) + " → ") + messages.of(h.to()), 200));
        history.getColumns().add(Columns.text(messages, "lifecycle.history.actor", StageHistoryEntry::actor, 110));
        history.getColumns().add(Columns.text(messages, "lifecycle.history.note", h -> Columns.orBlank(h.note()), 380));
        VBox.setVgrow(history, Priority.ALWAYS);

        Button confirm = new Button(messages.get("lifecycle.gate.confirm"));
        confirm.setId("stage-confirm");
        confirm.disableProperty().bind(gate.getSelectionModel().selectedItemProperty().isNull());
        confirm.setOnAction(e -> confirmSelected());
        Button advance = new Button(messages.get("lifecycle.advance"));
        advance.setId("stage-advance");
        advance.getStyleClass().add("primary");
        advance.setOnAction(e -> advance());
        Label historyTitle = new Label(messages.get("lifecycle.history"));
        historyTitle.getStyleClass().add("section-title");
        root.getChildren().addAll(strip, gateTitle, gate, new HBox(8, confirm, advance), historyTitle, history);
        root.setPadding(new Insets(10, 0, 0, 0));
        model.overview().addListener((o, old, now) -> show(now));
    }

    Node node() {
        return root;
    }

    private void show(StageOverview o) {
        strip.getChildren().clear();
        gate.getItems().clear();
        history.getItems().clear();
        gateTitle.setText("");
        if (o == null) {
            return;
        }
        for (LifecycleStage s : LifecycleStage.values()) {
            Label step = new Label(messages.of(s));
            step.setPadding(new Insets(6, 14, 6, 14));
            step.setStyle(s == o.stage() ? CURRENT : s.ordinal() < o.stage().ordinal() ? DONE : TODO);
            strip.getChildren().add(step);
        }
        gateTitle.setText(o.next() == null ? messages.get("lifecycle.gate.none")
                : messages.format("lifecycle.gate.title", messages.of(o.next()),
                o.gate().stream().filter(GateItemStatus::met).count(), o.gate().size()));
        gate.getItems().setAll(o.gate());
        history.getItems().setAll(o.history());
    }

    private void confirmSelected() {
        GateItemStatus item = gate.getSelectionModel().getSelectedItem();
        if (item.kind() == GateItemKind.APPROVAL) {
            Dialogs.showInfo(root.getScene().getWindow(), messages, messages.get("lifecycle.gate.confirm"),
                    messages.get("lifecycle.gate.approvalOnly"));
            return;
        }
        NoteDialog.ask(root.getScene().getWindow(), messages, messages.get("lifecycle.gate.confirm"),
                        messages.format("lifecycle.gate.confirmPrompt", name(item)))
                .ifPresent(note -> model.confirm(item.key(), note, onFailure));
    }

    /** A shipped item by its message key (the English screen must not show the Chinese label); an administrator's by its label. */
    private String name(GateItemStatus item) {
        return item.labelKey() == null ? item.label() : messages.get(item.labelKey());
    }

    /** What shows the item, or for a missing document where to file it so the archive meets it. */
    private String evidence(GateItemStatus item) {
        StageOverview o = model.overview().get();
        if (!item.met() && item.documentType() != null && o != null) {
            return fileHint(item, o.stage());
        }
        return Columns.orBlank(item.evidence());
    }

    private String fileHint(GateItemStatus item, LifecycleStage stage) {
        return messages.format("lifecycle.gate.fileIn", messages.of(item.documentType()), messages.of(stage));
    }

    private void advance() {
        StageOverview o = model.overview().get();
        if (o == null || o.next() == null) {
            return;
        }
        model.advance(null, () -> { }, failure -> {
            if (failure instanceof GateNotMetException refused) {
                Dialogs.showError(root.getScene().getWindow(), messages, messages.get("lifecycle.advance"),
                        messages.format("lifecycle.refused", messages.of(o.next())) + "\n"
                                + refused.missing().stream().map(i -> "• " + name(i) + (i.documentType() == null ? ""
                                        : " — " + fileHint(i, o.stage()))).collect(Collectors.joining("\n")));
            } else {
                onFailure.accept(failure);
            }
        });
    }
}

package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.library.CandidateRow;
import cn.projectdesk.core.library.CandidateStatus;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 项目库: candidate projects by priority; promoting one creates the project at 立项 and files its 立项申请. */
final class LibraryPane {
    private final VBox root = new VBox(10);

    LibraryPane(LifecycleViewModel model, Messages messages, Consumer<Throwable> onFailure) {
        TableView<CandidateRow> table = Columns.table("library-table", messages);
        table.setItems(model.candidates());
        table.getColumns().add(Columns.text(messages, "lifecycle.library.priority", c -> Integer.toString(c.priority()), 55));
        table.getColumns().add(Columns.text(messages, "lifecycle.library.name", CandidateRow::name, 200));
        table.getColumns().add(Columns.text(messages, "lifecycle.library.department", CandidateRow::departmentName, 100));
        table.getColumns().add(Columns.text(messages, "lifecycle.library.type", c -> messages.of(c.type()), 90));
        table.getColumns().add(Columns.text(messages, "lifecycle.library.plan", c -> Columns.orBlank(c.planItem()), 190));
        table.getColumns().add(Columns.text(messages, "lifecycle.library.investment", c -> Formats.money(c.estimatedInvestment()), 120));
        table.getColumns().add(Columns.text(messages, "lifecycle.library.source", c -> messages.of(c.fundingSource()), 100));
        table.getColumns().add(Columns.text(messages, "lifecycle.library.year", c -> Integer.toString(c.proposedYear()), 55));
        table.getColumns().add(Columns.text(messages, "lifecycle.library.status", c -> messages.of(c.status())
                + (c.projectCode() == null ? "" : " " + c.projectCode()), 130));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button promote = new Button(messages.get("lifecycle.library.promote"));
        promote.setId("library-promote");
        promote.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            CandidateRow c = table.getSelectionModel().getSelectedItem();
            return c == null || c.status() != CandidateStatus.CANDIDATE;
        }, table.getSelectionModel().selectedItemProperty()));
        promote.setOnAction(e -> {
            CandidateRow c = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("lifecycle.library.promote"),
                    messages.format("lifecycle.library.promoteQuestion", c.name()), messages.get("lifecycle.library.promote"))) {
                model.promote(c.id(), p -> Dialogs.showInfo(root.getScene().getWindow(), messages,
                        messages.get("lifecycle.library.promote"),
                        messages.format("lifecycle.library.promoted", p.projectCode(), p.requestCode())), onFailure);
            }
        });
        root.getChildren().addAll(new HBox(8, promote), table);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }
}

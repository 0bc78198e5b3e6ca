package cn.projectdesk.app.ui.warnings;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.risk.WarningStatus;
import cn.projectdesk.core.security.UserSession;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * 风险预警: every warning of the projects the user may see, most urgent first, with the lifecycle
 * buttons (acknowledge, rectify with a note, close) enabled only where the step applies.
 */
public final class WarningsView {
    private static final PseudoClass HIGH = PseudoClass.getPseudoClass("high");
    private static final PseudoClass CLEARED = PseudoClass.getPseudoClass("cleared");

    private final WarningsViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<WarningRow> table;

    public WarningsView(AppContext context, UserSession user) {
        this.model = new WarningsViewModel(context, user);
        this.messages = context.messages();
        Label title = new Label(messages.get("warnings.title"));
        title.getStyleClass().add("page-title");
        table = table();
        Button evaluate = new Button(messages.get("warnings.evaluate"));
        evaluate.setId("warnings-evaluate");
        evaluate.setOnAction(e -> model.evaluate(this::fail));
        Button acknowledge = action("warnings-acknowledge", "warnings.acknowledge", WarningStatus.OPEN,
                w -> model.acknowledge(w.id(), this::fail));
        Button rectify = action("warnings-rectify", "warnings.rectify", WarningStatus.ACKNOWLEDGED,
                w -> askNote().ifPresent(note -> model.rectify(w.id(), note, this::fail)));
        Button close = action("warnings-close", "warnings.close", WarningStatus.RECTIFIED, w -> model.close(w.id(), this::fail));
        close.setVisible(model.mayClose());
        close.setManaged(model.mayClose());
        CheckBox closed = new CheckBox(messages.get("warnings.includeClosed"));
        closed.setId("warnings-include-closed");
        closed.selectedProperty().bindBidirectional(model.includeClosed());
        closed.selectedProperty().addListener(o -> refresh());
        HBox bar = new HBox(8, evaluate, acknowledge, rectify, close, closed);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("warnings-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("warnings.count", model.rows().size())
                + (model.status().get().isEmpty() ? "" : " · " + model.status().get()), model.rows(), model.status()));
        root.setTop(new VBox(8, title, bar, count));
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        model.refresh(this::fail);
    }

    private void fail(Throwable failure) {
        Dialogs.showFailure(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                messages.get("warnings.title"), failure);
    }

    private Button action(String id, String key, WarningStatus from, Consumer<WarningRow> run) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            WarningRow w = table.getSelectionModel().getSelectedItem();
            return w == null || w.status() != from;
        }, table.getSelectionModel().selectedItemProperty()));
        button.setOnAction(e -> {
            WarningRow w = table.getSelectionModel().getSelectedItem();
            if (w != null) {
                run.accept(w);
            }
        });
        return button;
    }

    private Optional<String> askNote() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("warnings.rectify"));
        dialog.setHeaderText(messages.get("warnings.rectifyPrompt"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private TableView<WarningRow> table() {
        TableView<WarningRow> t = new TableView<>(model.rows());
        t.setId("warnings-table");
        t.getColumns().add(column("warnings.column.severity", w -> messages.of(w.severity()), 60));
        t.getColumns().add(column("warnings.column.status", w -> messages.of(w.status())
                + (w.conditionActive() ? "" : messages.get("warnings.cleared")), 110));
        t.getColumns().add(column("warnings.column.project", WarningRow::projectCode, 110));
        t.getColumns().add(column("warnings.column.rule", w -> messages.of(w.rule()), 100));
        t.getColumns().add(column("warnings.column.measured", w -> messages.format("warnings.measure." + w.rule().name(),
                w.measured(), w.limit()), 190));
        t.getColumns().add(column("warnings.column.due", w -> Formats.date(w.dueDate()), 95));
        t.getColumns().add(column("warnings.column.owner", w -> w.owner() == null ? "" : w.owner(), 80));
        t.getColumns().add(column("warnings.column.subject", WarningRow::subject, 360));
        t.getColumns().add(column("warnings.column.rectification", w -> w.rectification() == null ? "" : w.rectification(), 200));
        t.setPlaceholder(new Label(messages.get("warnings.none")));
        t.setRowFactory(x -> new TableRow<>() {
            @Override
            protected void updateItem(WarningRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(HIGH, !empty && item != null && item.severity() == cn.projectdesk.core.risk.WarningSeverity.HIGH);
                pseudoClassStateChanged(CLEARED, !empty && item != null && !item.conditionActive());
            }
        });
        return t;
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

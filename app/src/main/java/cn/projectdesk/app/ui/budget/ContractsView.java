package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.PaymentRow;
import cn.projectdesk.core.project.ProjectSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The 合同与支付 page: a project's contracts (procurement, supplier, amount, what may be paid, paid, the
 * supplementary share flagged red above 10 %) and the payments of the selected contract, with forms to
 * add a contract or a supplement, record a payment, or file a payment request for approval.
 */
public final class ContractsView {
    private final ContractsModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<ContractRow> contracts = new TableView<>();
    private final TableView<PaymentRow> payments = new TableView<>();
    private final ComboBox<ProjectSummary> project = new ComboBox<>();

    public ContractsView(ContractsModel model) {
        this.model = model;
        this.messages = model.messages();
        Label title = new Label(messages.get("contracts.title"));
        title.getStyleClass().add("page-title");
        root.setTop(new VBox(8, title, toolbar()));
        buildContracts();
        buildPayments();
        Label paymentsTitle = new Label(messages.get("payments.title"));
        paymentsTitle.getStyleClass().add("section-title");
        SplitPane split = new SplitPane(contracts, new VBox(4, paymentsTitle, payments));
        VBox.setVgrow(payments, Priority.ALWAYS);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        Label message = new Label();
        message.setId("contracts-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        root.setBottom(message);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        model.projectProperty().addListener((o, old, now) -> {
            if (project.getValue() != now) {
                project.setValue(now);
            }
        });
    }

    public Node node() {
        return root;
    }

    public TableView<ContractRow> contractsTable() {
        return contracts;
    }

    public TableView<PaymentRow> paymentsTable() {
        return payments;
    }

    public ContractsModel model() {
        return model;
    }

    public void refresh(ProjectSummary fallback) {
        model.refresh(fallback);
    }

    private Node toolbar() {
        project.setId("contracts-project");
        project.setItems(model.projects());
        project.setPrefWidth(360);
        project.setCellFactory(l -> new ProjectCell());
        project.setButtonCell(new ProjectCell());
        project.valueProperty().addListener((o, old, now) -> {
            if (now != null && now != model.projectProperty().get()) {
                model.open(now);
            }
        });
        Button add = button("contracts-add", "contracts.action.add", () -> newContract(null).dialog().show());
        Button supplement = button("contracts-supplement", "contracts.action.supplement", () -> {
            ContractRow c = model.selectedProperty().get();
            if (c != null) {
                newContract(c.originalId() == null ? c : model.contracts().stream()
                        .filter(o -> o.id().equals(c.originalId())).findFirst().orElse(c)).dialog().show();
            }
        });
        Button edit = button("contracts-edit", "contracts.action.edit", () -> {
            ContractRow c = model.selectedProperty().get();
            if (c != null) {
                editContract(c).dialog().show();
            }
        });
        Button delete = button("contracts-delete", "contracts.action.delete", () -> {
            ContractRow c = model.selectedProperty().get();
            if (c != null) {
                model.deleteContract(c); // undoable from the Edit menu, so no confirmation in between
            }
        });
        for (Button b : List.of(edit, delete)) {
            b.disableProperty().bind(model.selectedProperty().isNull().or(
                    javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.canEdit())));
        }
        Button pay = button("contracts-pay", "contracts.action.pay", () -> payment(PaymentForm.Mode.RECORD));
        Button request = button("contracts-request", "contracts.action.request", () -> payment(PaymentForm.Mode.REQUEST));
        add.setDisable(!model.canEdit());
        supplement.disableProperty().bind(model.selectedProperty().isNull().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.canEdit())));
        pay.disableProperty().bind(model.selectedProperty().isNull().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.canPay())));
        request.disableProperty().bind(model.selectedProperty().isNull().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.canEdit())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, project, spacer, add, supplement, edit, delete, pay, request);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The contract form (shown by the caller); a supplement when {@code original} is set. */
    FormDialog newContract(ContractRow original) {
        return new ContractForm(model, window(), original).form();
    }

    /** The form showing {@code contract} for editing (shown by the caller). */
    FormDialog editContract(ContractRow contract) {
        return new ContractForm(model, window(), null, contract).form();
    }

    FormDialog paymentForm(PaymentForm.Mode mode) {
        return new PaymentForm(model, window(), model.selectedProperty().get(), mode).form();
    }

    private void payment(PaymentForm.Mode mode) {
        if (model.selectedProperty().get() != null) {
            paymentForm(mode).dialog().show();
        }
    }

    private void buildContracts() {
        contracts.setId("contracts-table");
        contracts.setItems(model.contracts());
        contracts.setPlaceholder(new Label(messages.get("contracts.empty")));
        contracts.getColumns().add(text("contracts.column.no", ContractRow::contractNo, 150));
        contracts.getColumns().add(text("contracts.column.title", ContractRow::title, 140));
        contracts.getColumns().add(text("contracts.column.supplier", ContractRow::supplierName, 160));
        contracts.getColumns().add(money("contracts.column.amount", ContractRow::amount));
        contracts.getColumns().add(money("contracts.column.ceiling", ContractRow::ceiling));
        contracts.getColumns().add(money("contracts.column.paid", ContractRow::paid));
        TableColumn<ContractRow, ContractRow> share = new TableColumn<>(messages.get("contracts.column.supplementary"));
        share.setId("contracts-supplementary");
        share.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        share.setPrefWidth(86);
        share.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ContractRow item, boolean empty) {
                super.updateItem(item, empty);
                boolean over = !empty && item != null && item.supplementaryOverLimit();
                pseudoClassStateChanged(SheetCell.OVER, over);
                setText(empty || item == null || item.supplementaryPercent() == null ? null
                        : (over ? "⚠ " : "") + item.supplementaryPercent().toPlainString() + "%");
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        contracts.getColumns().add(share);
        contracts.getColumns().add(text("contracts.column.method", c -> messages.of(c.method()), 116));
        contracts.getColumns().add(text("contracts.column.credit", ContractRow::supplierCreditCode, 170));
        contracts.getColumns().add(text("contracts.column.signing", c -> Formats.date(c.signingDate()), 100));
        contracts.getColumns().forEach(c -> c.setSortable(false));
        contracts.getStyleClass().add("budget-sheet");
        contracts.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != null && contracts.getSelectionModel().getSelectedItem() != now) {
                contracts.getSelectionModel().select(now);
            }
        });
    }

    private void buildPayments() {
        payments.setId("payments-table");
        payments.setItems(model.payments());
        payments.setPlaceholder(new Label(messages.get("payments.empty")));
        payments.getColumns().add(text("payments.column.kind", p -> messages.of(p.kind()), 90));
        payments.getColumns().add(text("payments.column.date", p -> Formats.date(p.date()), 100));
        payments.getColumns().add(money("payments.column.amount", PaymentRow::amount));
        payments.getColumns().add(text("payments.column.invoice", PaymentRow::invoiceNo, 120));
        payments.getColumns().add(text("payments.column.override", PaymentRow::overrideReason, 240));
        payments.getColumns().add(text("payments.column.notes", PaymentRow::notes, 240));
        payments.getColumns().add(text("payments.column.by", PaymentRow::recordedBy, 100));
        payments.getColumns().forEach(c -> c.setSortable(false));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private <S> TableColumn<S, String> text(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        // columns are narrow enough for a 1280 px window: a cut text (title, supplier, method) shows in full on hover
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return column;
    }

    /**
     * Amounts are 112 px (13-digit sums fit): with the narrower text columns, the contract figures and the
     * procurement method fit a 1280 px window; credit code and signing date follow in the horizontal scroll.
     */
    private <S> TableColumn<S, String> money(String key, Function<S, BigDecimal> value) {
        TableColumn<S, String> column = text(key, s -> Formats.money(value.apply(s)), 112);
        column.setCellFactory(c -> {
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        return column;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static final class ProjectCell extends ListCell<ProjectSummary> {
        @Override
        protected void updateItem(ProjectSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.code() + "  " + item.name());
        }
    }
}

package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.budget.BudgetWarning;
import cn.projectdesk.core.budget.ProjectBudget;
import cn.projectdesk.core.project.ProjectSummary;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The 预算 page: a project's budget sheet and the department / year summary, each in a tab. */
public final class BudgetSheetView {
    private final BudgetSheetModel model;
    private final Messages messages;
    private final BudgetSheetTable table;
    private final DepartmentSummaryPane summary;
    private final TabPane tabs = new TabPane();
    private final BorderPane sheet = new BorderPane();
    private final Label facts = new Label();
    private final Label warnings = new Label();
    private final Label message = new Label();
    private final ComboBox<ProjectSummary> project = new ComboBox<>();

    public BudgetSheetView(BudgetSheetModel model) {
        this.model = model;
        this.messages = model.messages();
        this.table = new BudgetSheetTable(model);
        this.summary = new DepartmentSummaryPane(model.context(), model.user());
        sheet.setTop(new VBox(8, title(), toolbar(), facts, warnings));
        sheet.setCenter(table.node());
        BorderPane.setMargin(table.node(), new Insets(8, 0, 0, 0));
        message.setId("budget-message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Label hint = new Label(messages.get("budget.keysHint"));
        hint.getStyleClass().add("hint");
        sheet.setBottom(new VBox(4, message, hint));
        sheet.setPadding(new Insets(16));
        Tab sheetTab = new Tab(messages.get("budget.tab.sheet"), sheet);
        sheetTab.setId("budget-tab-sheet");
        BorderPane summaryBox = new BorderPane(summary.node());
        summaryBox.setPadding(new Insets(16));
        Tab summaryTab = new Tab(messages.get("budget.tab.summary"), summaryBox);
        summaryTab.setId("budget-tab-summary");
        tabs.getTabs().addAll(sheetTab, summaryTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now == summaryTab) {
                summary.refresh();
            }
        });
        tabs.getStyleClass().add("page");
        model.ledgerProperty().addListener((o, old, now) -> showFacts(now));
        model.projectProperty().addListener((o, old, now) -> {
            if (project.getValue() != now) {
                project.setValue(now);
            }
        });
    }

    public Node node() {
        return tabs;
    }

    public TableView<SheetRow> table() {
        return table.node();
    }

    TabPane tabs() {
        return tabs;
    }

    DepartmentSummaryPane summary() {
        return summary;
    }

    public BudgetSheetModel model() {
        return model;
    }

    /** Reloads the page: the project shown stays; the first time, {@code fallback} (the plan's project) is shown. */
    public void refresh(ProjectSummary fallback) {
        model.refresh(model.projectProperty().get() == null ? fallback : null);
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            summary.refresh();
        }
    }

    /** The Excel ledger import for the project shown; null when no project is open. */
    LedgerImportDialog importDialog() {
        ProjectSummary p = model.projectProperty().get();
        return p == null ? null : new LedgerImportDialog(model.context(), model.user(), p,
                tabs.getScene() == null ? null : tabs.getScene().getWindow(), model::reload);
    }

    private Node title() {
        Label title = new Label(messages.get("budget.title"));
        title.getStyleClass().add("page-title");
        return title;
    }

    private Node toolbar() {
        project.setId("budget-project");
        project.setItems(model.projects());
        project.setPrefWidth(360);
        project.setCellFactory(l -> new ProjectCell());
        project.setButtonCell(new ProjectCell());
        project.valueProperty().addListener((o, old, now) -> {
            if (now != null && now != model.projectProperty().get()) {
                model.open(now);
            }
        });
        TextField filter = new TextField();
        filter.setId("budget-filter");
        filter.setPromptText(messages.get("budget.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefWidth(200);
        Button add = button("budget-add", "budget.action.add", () -> model.addLine(table.selectedRow()));
        Button delete = button("budget-delete", "budget.action.delete", () -> model.deleteLine(table.selectedRow()));
        add.setDisable(!model.canEdit());
        delete.setDisable(!model.canEdit());
        Button importButton = button("budget-import", "budget.action.import", () -> {
            LedgerImportDialog wizard = importDialog();
            if (wizard != null) {
                wizard.dialog().show();
            }
        });
        importButton.setDisable(!model.canEdit());
        Button export = button("budget-export", "budget.action.export", this::chooseExport);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, project, filter, spacer, add, delete, importButton, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showFacts(ProjectBudget ledger) {
        if (ledger == null) {
            facts.setText("");
            warnings.setText("");
            return;
        }
        facts.setText(messages.format("budget.facts", ledger.lines().size(), Formats.money(ledger.projectApproved()),
                Formats.money(ledger.total().adjusted()), Formats.money(ledger.total().paid()),
                ledger.total().executionRate() == null ? "—" : ledger.total().executionRate().toPlainString() + "%",
                ledger.thresholdPercent().stripTrailingZeros().toPlainString()));
        facts.setId("budget-facts");
        warnings.setId("budget-warnings");
        warnings.getStyleClass().add("field-error");
        warnings.setWrapText(true);
        warnings.setText(ledger.warnings().stream().map(this::warning).collect(Collectors.joining("\n")));
    }

    private String warning(BudgetWarning w) {
        return messages.format("budget.warning." + w.kind().name(), w.subject(), Formats.money(w.limit()),
                Formats.money(w.actual()), w.percentOver() == null ? "" : w.percentOver().toPlainString());
    }

    private void chooseExport() {
        ProjectSummary p = model.projectProperty().get();
        if (p == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("budget.action.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        chooser.setInitialFileName(p.code() + "-" + messages.get("budget.fileName") + ".xlsx");
        java.io.File file = chooser.showSaveDialog(tabs.getScene() == null ? null : tabs.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    void exportTo(Path file) {
        model.export(file, () -> { });
    }

    private static final class ProjectCell extends ListCell<ProjectSummary> {
        @Override
        protected void updateItem(ProjectSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.code() + "  " + item.name());
        }
    }
}

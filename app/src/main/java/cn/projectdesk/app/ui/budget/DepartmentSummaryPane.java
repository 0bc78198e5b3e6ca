package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Choice;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.budget.BudgetFigures;
import cn.projectdesk.core.budget.DepartmentYearFigures;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/**
 * The department / year summary sheet: approved, adjusted, committed, paid, balance and execution rate per
 * department and year over every project the user may see, with a total row; exported to .xlsx.
 */
final class DepartmentSummaryPane {
    /** A summary row; {@code total} marks the last one (department and year blank). */
    record Row(String department, Integer year, int projects, int lines, BudgetFigures figures, boolean total) {
    }

    private final AppContext context;
    private final UserSession user;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final ComboBox<Choice<Integer>> year = new ComboBox<>();
    private final Label message = new Label();
    private boolean loadingYears;

    DepartmentSummaryPane(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        this.messages = context.messages();
        table.setId("budget-summary");
        table.getStyleClass().add("budget-sheet");
        table.setPlaceholder(new Label(messages.get("budget.summary.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(BudgetSheetTable.TOTAL, !empty && item != null && item.total());
            }
        });
        table.getColumns().add(text("budget.summary.department", Row::department, 220));
        table.getColumns().add(text("budget.column.year", r -> r.year() == null ? "" : r.year().toString(), 70));
        table.getColumns().add(number("budget.summary.projects", r -> r.projects() < 0 ? "" : String.valueOf(r.projects()), 70));
        table.getColumns().add(number("budget.summary.lines", r -> String.valueOf(r.lines()), 70));
        table.getColumns().add(number("budget.column.approved", r -> Formats.money(r.figures().approved()), 140));
        table.getColumns().add(number("budget.column.adjusted", r -> Formats.money(r.figures().adjusted()), 140));
        table.getColumns().add(number("budget.column.committed", r -> Formats.money(r.figures().committed()), 140));
        table.getColumns().add(number("budget.column.paid", r -> Formats.money(r.figures().paid()), 140));
        table.getColumns().add(number("budget.column.balance", r -> Formats.money(r.figures().balance()), 140));
        table.getColumns().add(number("budget.column.rate", r -> rate(r.figures().executionRate()), 90));
        table.getColumns().forEach(c -> c.setSortable(false));
        year.setId("budget-summary-year");
        year.valueProperty().addListener((o, old, now) -> {
            if (!loadingYears && now != null) {
                load(now.value());
            }
        });
        Button export = new Button(messages.get("budget.summary.export"));
        export.setId("budget-summary-export");
        export.setOnAction(e -> chooseExport());
        message.setId("budget-summary-message");
        HBox bar = new HBox(8, new Label(messages.get("budget.summary.year")), year, export, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(bar);
        root.setCenter(table);
    }

    Node node() {
        return root;
    }

    TableView<Row> table() {
        return table;
    }

    /** Reloads the years on offer and the rows of the chosen year. */
    void refresh() {
        Integer chosen = year.getValue() == null ? null : year.getValue().value();
        context.runner().run(() -> context.core().budget().lines().departmentSummary(user, null), all -> {
            TreeSet<Integer> years = new TreeSet<>();
            all.forEach(f -> years.add(f.year()));
            List<Choice<Integer>> choices = new ArrayList<>();
            choices.add(new Choice<>(null, messages.get("budget.summary.allYears")));
            years.descendingSet().forEach(y -> choices.add(new Choice<>(y, y.toString())));
            loadingYears = true;
            year.getItems().setAll(choices);
            year.setValue(choices.stream().filter(c -> java.util.Objects.equals(c.value(), chosen)).findFirst().orElse(choices.get(0)));
            loadingYears = false;
            load(year.getValue().value());
        }, this::failed);
    }

    private void load(Integer y) {
        context.runner().run(() -> context.core().budget().lines().departmentSummary(user, y), this::show, this::failed);
    }

    private void show(List<DepartmentYearFigures> figures) {
        List<Row> rows = new ArrayList<>();
        BudgetFigures total = BudgetFigures.NONE;
        int lines = 0;
        for (DepartmentYearFigures f : figures) {
            rows.add(new Row(f.departmentName(), f.year(), f.projects(), f.lines(), f.figures(), false));
            total = total.plus(f.figures());
            lines += f.lines();
        }
        // a project with lines in several years is in several rows: its count is not summed
        rows.add(new Row(messages.get("budget.total"), null, -1, lines, total, true));
        table.getItems().setAll(rows);
        message.setText("");
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("budget.summary.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        chooser.setInitialFileName(messages.get("budget.summary.fileName") + ".xlsx");
        java.io.File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    void exportTo(Path file) {
        Integer y = year.getValue() == null ? null : year.getValue().value();
        context.runner().run(() -> {
            context.core().ledger().exportSummary(user, y, file);
            return file;
        }, f -> message.setText(messages.format("budget.exported", f)), this::failed);
    }

    private void failed(Throwable failure) {
        message.setText(new ErrorMessages(messages).describe(failure));
    }

    private static String rate(BigDecimal r) {
        return r == null ? "" : r.toPlainString() + "%";
    }

    private TableColumn<Row, String> text(String key, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<Row, String> number(String key, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = text(key, value, width);
        column.setCellFactory(c -> {
            TableCell<Row, String> cell = new TableCell<>() {
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
}

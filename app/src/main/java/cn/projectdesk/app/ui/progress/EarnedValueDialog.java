package cn.projectdesk.app.ui.progress;

import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.progress.BaselineSummary;
import cn.projectdesk.core.progress.EarnedValue;
import cn.projectdesk.core.progress.ProgressReport;
import cn.projectdesk.core.progress.ProjectProgress;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Baselines and earned value of the open project at its status date: the chosen baseline's start,
 * finish and duration variance per task, and the project's PV, EV, AC, SV, CV, SPI, CPI, EAC, VAC and
 * TCPI. A deviation above the warning threshold (and a negative variance of money) shows in red.
 */
public final class EarnedValueDialog {
    private static final PseudoClass BEHIND = PseudoClass.getPseudoClass("overdue");
    private static final String RED = "-fx-text-fill: -pd-error; -fx-font-weight: bold;";
    private static final String BOLD = "-fx-font-weight: bold;";
    private final Stage stage = new Stage();
    private final Messages messages;
    private final EarnedValueViewModel model;
    private final Label statusDate = value("ev-status-date");
    private final Map<String, Label> figures = new LinkedHashMap<>();
    private final TableView<ProgressReport.Row> table = new TableView<>();

    public EarnedValueDialog(Window owner, Messages messages, EarnedValueViewModel model) {
        this.messages = messages;
        this.model = model;
        ComboBox<BaselineSummary> baseline = new ComboBox<>(model.baselines());
        baseline.setId("ev-baseline");
        baseline.valueProperty().bindBidirectional(model.baselineProperty());
        baseline.setButtonCell(new BaselineCell());
        baseline.setCellFactory(list -> new BaselineCell());
        baseline.setPromptText(messages.get("ev.baseline.none"));
        HBox top = new HBox(8, new Label(messages.get("ev.baseline")), baseline, new Label(messages.get("ev.statusDate")),
                statusDate);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        String[] keys = {"planned", "actual", "deviation", "bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "vac", "tcpi"};
        for (int i = 0; i < keys.length; i++) {
            Label v = value("ev-" + keys[i]);
            figures.put(keys[i], v);
            Label name = new Label(messages.get("ev.figure." + keys[i]));
            name.setMinWidth(Region.USE_PREF_SIZE);
            v.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, (i % 2) * 2, i / 2);
            grid.add(v, (i % 2) * 2 + 1, i / 2);
        }

        table.setId("ev-tasks");
        table.getColumns().setAll(List.of(
                column("ev.column.wbs", 70, ProgressReport.Row::wbsCode),
                column("ev.column.name", 220, ProgressReport.Row::name),
                column("ev.column.planned", 80, r -> percent(r.progress().plannedPercent())),
                column("ev.column.actual", 80, r -> r.progress().actualPercent() + " %"),
                column("ev.column.deviation", 80, r -> points(r.progress().deviation())),
                column("ev.column.startVariance", 90, r -> days(r.progress().startVariance())),
                column("ev.column.finishVariance", 90, r -> days(r.progress().finishVariance())),
                column("ev.column.durationVariance", 90, r -> days(r.progress().durationVariance())),
                column("ev.column.ev", 110, r -> money(r.progress().earnedValue().ev()))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProgressReport.Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(BEHIND, !empty && item != null && item.progress().behind());
            }
        });

        Label note = new Label();
        note.setId("ev-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(model.errorProperty());
        note.getStyleClass().add("field-error");

        VBox box = new VBox(12, top, grid, table, note);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        Scene scene = new Scene(box, 980, 700);
        Styles.install(scene);
        stage.setScene(scene);
        stage.setTitle(messages.format("ev.title", model.project().code(), model.project().name()));
        if (owner != null) {
            stage.initOwner(owner);
        }
        model.reportProperty().addListener((o, was, now) -> show(now));
    }

    public void open() {
        stage.show();
        model.open();
    }

    public Stage stage() {
        return stage;
    }

    private void show(ProgressReport r) {
        if (r == null) {
            return;
        }
        statusDate.setText(r.statusDate().toString());
        ProjectProgress totals = r.totals();
        EarnedValue ev = totals.earnedValue();
        set("planned", percent(totals.plannedPercent()), false);
        set("actual", percent(totals.actualPercent()), false);
        set("deviation", points(totals.deviation()) + " (" + messages.format("ev.threshold", points(r.thresholdPoints())) + ")",
                totals.behind());
        set("bac", money(ev.bac()), false);
        set("pv", money(ev.pv()), false);
        set("ev", money(ev.ev()), false);
        set("ac", money(ev.ac()), false);
        set("sv", money(ev.sv()), ev.sv().signum() < 0);
        set("cv", money(ev.cv()), ev.cv().signum() < 0);
        set("spi", index(ev.spi()), ev.spi() != null && ev.spi().compareTo(BigDecimal.ONE) < 0);
        set("cpi", index(ev.cpi()), ev.cpi() != null && ev.cpi().compareTo(BigDecimal.ONE) < 0);
        set("eac", money(ev.eac()), false);
        set("vac", money(ev.vac()), ev.vac() != null && ev.vac().signum() < 0);
        set("tcpi", index(ev.tcpi()), ev.tcpi() != null && ev.tcpi().compareTo(BigDecimal.ONE) > 0);
        table.setItems(FXCollections.observableArrayList(r.rows()));
    }

    private void set(String key, String text, boolean red) {
        Label label = figures.get(key);
        label.setText(text);
        label.setStyle(red ? RED : BOLD);
    }

    private TableColumn<ProgressReport.Row, String> column(String key, double width, Function<ProgressReport.Row, String> value) {
        TableColumn<ProgressReport.Row, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static Label value(String id) {
        Label label = new Label("—");
        label.setId(id);
        label.setStyle(BOLD);
        return label;
    }

    private static String money(BigDecimal v) {
        return v == null ? "—" : String.format(Locale.ROOT, "¥%,.2f", v);
    }

    private static String index(BigDecimal v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String percent(BigDecimal v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.1f %%", v);
    }

    private static String points(BigDecimal v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%+.1f", v);
    }

    private String days(Integer v) {
        return v == null ? "—" : messages.format("ev.days", String.format(Locale.ROOT, "%+d", v));
    }

    private final class BaselineCell extends ListCell<BaselineSummary> {
        @Override
        protected void updateItem(BaselineSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? messages.get("ev.baseline.none") : item.name() + " (" + item.savedOn() + ")");
        }
    }
}

package cn.projectdesk.app.ui.risk;

import cn.projectdesk.app.ui.common.IsoDateConverter;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.risk.ScheduleRiskReport;
import cn.projectdesk.core.risk.TaskCriticality;
import cn.projectdesk.core.schedule.HistogramBucket;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Schedule risk of the open project: planned finish and the finish dates met in 50/80/95 % of
 * 10,000 simulated runs, the chance of finishing by a chosen day, the histogram of finish dates and
 * the tasks most often critical.
 */
public final class RiskDialog {
    private static final int TOP_TASKS = 15;
    private final Stage stage = new Stage();
    private final Messages messages;
    private final RiskViewModel model;
    private final Label planned = value("risk-planned");
    private final Label p50 = value("risk-p50");
    private final Label p80 = value("risk-p80");
    private final Label p95 = value("risk-p95");
    private final Label probability = value("risk-probability");
    private final Label note = new Label();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<TaskCriticality> critical = new TableView<>();

    public RiskDialog(Window owner, Messages messages, RiskViewModel model) {
        this.messages = messages;
        this.model = model;
        DatePicker target = IsoDateConverter.apply(new DatePicker());
        target.setId("risk-target");
        target.valueProperty().bindBidirectional(model.targetProperty());
        Button run = new Button(messages.get("risk.run"));
        run.setId("risk-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        HBox top = new HBox(8, new Label(messages.get("risk.target")), target, run);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane figures = new GridPane();
        figures.setHgap(16);
        figures.setVgap(4);
        figures.addRow(0, new Label(messages.get("risk.planned")), planned, new Label("P50"), p50);
        figures.addRow(1, new Label("P80"), p80, new Label("P95"), p95);
        figures.addRow(2, new Label(messages.get("risk.probability")), probability);

        chart.setId("risk-histogram");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(messages.get("risk.histogram"));
        chart.setPrefHeight(300);
        chart.setBarGap(1);
        chart.setCategoryGap(2);

        critical.setId("risk-critical");
        critical.setPrefHeight(220);
        TableColumn<TaskCriticality, String> wbs = new TableColumn<>(messages.get("risk.column.wbs"));
        wbs.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().wbsCode()));
        TableColumn<TaskCriticality, String> name = new TableColumn<>(messages.get("risk.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(320);
        TableColumn<TaskCriticality, String> share = new TableColumn<>(messages.get("risk.column.criticality"));
        share.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(percent(c.getValue().criticality())));
        share.setPrefWidth(110);
        TableColumn<TaskCriticality, String> estimate = new TableColumn<>(messages.get("risk.column.estimate"));
        estimate.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().estimate() == null ? ""
                : c.getValue().estimate().optimisticDays() + " / " + c.getValue().estimate().mostLikelyDays() + " / "
                + c.getValue().estimate().pessimisticDays()));
        estimate.setPrefWidth(140);
        critical.getColumns().setAll(java.util.List.of(wbs, name, share, estimate));

        note.setId("risk-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(model.errorProperty());
        note.getStyleClass().add("field-error");

        VBox box = new VBox(12, top, figures, chart, new Label(messages.get("risk.critical")), critical, note);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        Scene scene = new Scene(box, 820, 760);
        Styles.install(scene);
        stage.setScene(scene);
        stage.setTitle(messages.format("risk.title", model.project().code(), model.project().name()));
        if (owner != null) {
            stage.initOwner(owner);
        }
        model.reportProperty().addListener((o, was, now) -> show(now));
    }

    public void open() {
        stage.show();
        model.run();
    }

    public Stage stage() {
        return stage;
    }

    private void show(ScheduleRiskReport r) {
        if (r == null) {
            return;
        }
        planned.setText(r.plannedFinish().toString());
        p50.setText(r.p50().toString());
        p80.setText(r.p80().toString());
        p95.setText(r.p95().toString());
        probability.setText(r.target() == null ? "—" : messages.format("risk.probabilityValue", r.target().toString(),
                percent(r.probabilityByTarget())));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (HistogramBucket b : r.histogram()) {
            String label = b.from().equals(b.to()) ? b.from().toString().substring(5)
                    : b.from().toString().substring(5) + "…" + b.to().toString().substring(5);
            series.getData().add(new XYChart.Data<>(label, b.count()));
        }
        chart.getData().setAll(java.util.List.of(series));
        critical.setItems(FXCollections.observableArrayList(r.tasks().stream().filter(t -> !t.summary())
                .sorted(Comparator.comparingDouble(TaskCriticality::criticality).reversed()).limit(TOP_TASKS).toList()));
        if (r.estimatedTasks() == 0) {
            model.errorProperty().set(messages.get("risk.noEstimates"));
        }
    }

    private static Label value(String id) {
        Label label = new Label("—");
        label.setId(id);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}

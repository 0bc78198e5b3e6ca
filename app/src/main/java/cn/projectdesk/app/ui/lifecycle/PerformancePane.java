package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.performance.ComparisonRow;
import cn.projectdesk.core.performance.EvaluationReport;
import cn.projectdesk.core.performance.IndicatorCategory;
import cn.projectdesk.core.performance.IndicatorScore;
import cn.projectdesk.core.performance.ScoringRule;
import java.io.File;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** 绩效: the project's evaluations by year, the indicators of the chosen one with points, total and grade; export; comparison. */
final class PerformancePane {
    private final VBox root = new VBox(10);
    private final LifecycleViewModel model;
    private final Messages messages;
    private final Consumer<Throwable> onFailure;
    private final Label total = new Label();
    private final TableView<EvaluationReport> years;

    PerformancePane(LifecycleViewModel model, Messages messages, Consumer<Throwable> onFailure) {
        this.model = model;
        this.messages = messages;
        this.onFailure = onFailure;
        years = Columns.table("evaluation-table", messages);
        years.setItems(model.evaluations());
        years.getColumns().add(Columns.text(messages, "lifecycle.performance.year", r -> Integer.toString(r.year()), 80));
        years.getColumns().add(Columns.text(messages, "lifecycle.performance.total", r -> r.scorecard().total().toPlainString(), 80));
        years.getColumns().add(Columns.text(messages, "lifecycle.performance.grade", r -> messages.of(r.scorecard().grade()), 70));
        years.getColumns().add(Columns.text(messages, "lifecycle.performance.summary", r -> Columns.orBlank(r.summary()), 500));
        years.setPrefHeight(26 * 2 + 30);

        TableView<IndicatorScore> indicators = Columns.table("indicator-table", messages);
        indicators.getColumns().add(Columns.text(messages, "performance.column.category",
                s -> messages.of(s.indicator().dimension().category()), 80));
        indicators.getColumns().add(Columns.text(messages, "performance.column.dimension", s -> messages.of(s.indicator().dimension()), 90));
        indicators.getColumns().add(Columns.text(messages, "performance.column.name", s -> s.indicator().name(), 220));
        indicators.getColumns().add(Columns.text(messages, "performance.column.unit", s -> s.indicator().unit(), 60));
        indicators.getColumns().add(Columns.text(messages, "performance.column.target", s -> s.indicator().target().toPlainString(), 70));
        indicators.getColumns().add(Columns.text(messages, "performance.column.weight",
                s -> s.indicator().weight().stripTrailingZeros().toPlainString(), 60));
        indicators.getColumns().add(Columns.text(messages, "performance.column.actual",
                s -> s.indicator().actual() == null ? "—" : s.indicator().actual().toPlainString(), 70));
        indicators.getColumns().add(Columns.text(messages, "performance.column.rule", s -> messages.of(s.indicator().rule()), 110));
        indicators.getColumns().add(Columns.text(messages, "performance.column.score", s -> s.score().toPlainString(), 70));
        VBox.setVgrow(indicators, Priority.ALWAYS);

        TableView<ComparisonRow> comparison = Columns.table("comparison-table", messages);
        comparison.setItems(model.comparison());
        comparison.getColumns().add(Columns.text(messages, "lifecycle.compare.department", ComparisonRow::group, 160));
        comparison.getColumns().add(Columns.text(messages, "lifecycle.compare.count", r -> Integer.toString(r.evaluations()), 80));
        comparison.getColumns().add(Columns.text(messages, "lifecycle.compare.average", r -> r.average().toPlainString(), 80));
        comparison.getColumns().add(Columns.text(messages, "lifecycle.compare.best", r -> r.best().toPlainString(), 80));
        comparison.getColumns().add(Columns.text(messages, "lifecycle.compare.worst", r -> r.worst().toPlainString(), 80));
        comparison.setPrefHeight(26 * 3 + 30);

        years.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            indicators.getItems().setAll(now == null ? List.of() : now.scorecard().indicators());
            total.setText(now == null ? "" : totals(now));
        });
        model.evaluations().addListener((ListChangeListener<EvaluationReport>) c -> {
            if (!model.evaluations().isEmpty()) {
                years.getSelectionModel().select(model.evaluations().size() - 1);
            }
        });
        total.setId("performance-total");
        total.getStyleClass().add("section-title");
        Button actual = new Button(messages.get("lifecycle.performance.recordActual"));
        actual.setId("record-actual");
        actual.disableProperty().bind(indicators.getSelectionModel().selectedItemProperty().isNull());
        actual.setOnAction(e -> recordActual(indicators.getSelectionModel().getSelectedIndex()));
        Button pdf = exportButton("lifecycle.performance.exportPdf", "*.pdf", ".pdf");
        Button xlsx = exportButton("lifecycle.performance.exportXlsx", "*.xlsx", ".xlsx");
        Label compareTitle = new Label(messages.get("lifecycle.compare.title"));
        compareTitle.getStyleClass().add("section-title");
        root.getChildren().addAll(years, new HBox(12, total, actual, pdf, xlsx), indicators, compareTitle, comparison);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    private void recordActual(int index) {
        EvaluationReport report = years.getSelectionModel().getSelectedItem();
        IndicatorScore score = report.scorecard().indicators().get(index);
        String key = score.indicator().rule() == ScoringRule.MANUAL ? "lifecycle.performance.scorePrompt"
                : "lifecycle.performance.actualPrompt";
        NoteDialog.ask(root.getScene().getWindow(), messages, messages.get("lifecycle.performance.recordActual"),
                messages.format(key, score.indicator().name(), score.indicator().unit(),
                        score.indicator().weight().stripTrailingZeros().toPlainString())).ifPresent(text -> {
            try {
                model.recordActual(report, index + 1, new BigDecimal(text.replace(",", "").strip()), onFailure);
            } catch (NumberFormatException e) {
                Dialogs.showError(root.getScene().getWindow(), messages, messages.get("lifecycle.performance.recordActual"),
                        messages.format("lifecycle.performance.notANumber", text));
            }
        });
    }

    private String totals(EvaluationReport r) {
        StringBuilder s = new StringBuilder(messages.format("lifecycle.performance.totalLine", r.scorecard().total().toPlainString(),
                messages.of(r.scorecard().grade())));
        for (IndicatorCategory c : IndicatorCategory.values()) {
            s.append("   ").append(messages.of(c)).append(' ').append(r.scorecard().subtotal(c).toPlainString());
        }
        return s.toString();
    }

    private Button exportButton(String key, String pattern, String extension) {
        Button button = new Button(messages.get(key));
        button.setId(extension.equals(".pdf") ? "export-pdf" : "export-xlsx");
        button.disableProperty().bind(years.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> {
            EvaluationReport report = years.getSelectionModel().getSelectedItem();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get(key));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(key), pattern));
            chooser.setInitialFileName(report.projectCode() + "-" + report.year() + "-绩效自评" + extension);
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                model.export(report, file.toPath(), () -> Dialogs.showInfo(root.getScene().getWindow(), messages,
                        messages.get(key), messages.format("lifecycle.performance.exported", file)), onFailure);
            }
        });
        return button;
    }
}

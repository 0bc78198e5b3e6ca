package cn.projectdesk.app.ui.dashboard;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.dashboard.Dashboard;
import cn.projectdesk.core.dashboard.DashboardProject;
import cn.projectdesk.core.dashboard.OverdueItem;
import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.risk.WarningRow;
import cn.projectdesk.core.risk.WarningSeverity;
import cn.projectdesk.core.security.UserSession;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * 看板: TilesFX tiles (projects, on-time rate, completion rate, budget execution, open warnings) and
 * JavaFX charts (projects by stage, warnings by severity), the most overdue tasks, filters by year,
 * department and type; clicking a tile, a bar or a slice lists what it counted below; the whole page
 * exports to PNG or PDF.
 */
public final class DashboardView {
    private final DashboardViewModel model;
    private final Messages messages;
    private final VBox page = new VBox(12);
    private final ScrollPane root = new ScrollPane(page);
    private final Tile projectsTile;
    private final Tile onTimeTile;
    private final Tile completionTile;
    private final Tile budgetTile;
    private final Tile warningsTile;
    private final BarChart<String, Number> stages = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final PieChart severities = new PieChart();
    private final TableView<DrillRow> drill = new TableView<>();
    private final Label drillTitle = new Label();
    private final TableView<OverdueItem> overdue = new TableView<>();

    /** One line of a drill-down list: what, which, and the figure that put it there. */
    record DrillRow(String code, String name, String detail) {
    }

    public DashboardView(AppContext context, UserSession user) {
        this.model = new DashboardViewModel(context, user);
        this.messages = context.messages();
        Label title = new Label(messages.get("dashboard.title"));
        title.getStyleClass().add("page-title");
        projectsTile = tile("dashboard-tile-projects", "dashboard.tile.projects", "", 0);
        onTimeTile = tile("dashboard-tile-ontime", "dashboard.tile.onTime", "%", 1);
        completionTile = tile("dashboard-tile-completion", "dashboard.tile.completion", "%", 1);
        budgetTile = tile("dashboard-tile-budget", "dashboard.tile.budget", "%", 1);
        warningsTile = tile("dashboard-tile-warnings", "dashboard.tile.warnings", "", 0);
        projectsTile.setOnMouseClicked(e -> drillProjects("dashboard.tile.projects", d().projects(), this::stageDetail));
        onTimeTile.setOnMouseClicked(e -> drillProjects("dashboard.drill.behind", d().behind(), this::deviationDetail));
        completionTile.setOnMouseClicked(e -> drillProjects("dashboard.tile.completion", d().projects(),
                p -> percent(p.actualPercent())));
        budgetTile.setOnMouseClicked(e -> drillProjects("dashboard.tile.budget", d().projects(), p -> percent(p.executionRate())));
        warningsTile.setOnMouseClicked(e -> drillWarnings(null));
        FlowPane tiles = new FlowPane(10, 10, projectsTile, onTimeTile, completionTile, budgetTile, warningsTile);
        stages.setId("dashboard-stages");
        stages.setTitle(messages.get("dashboard.chart.stages"));
        stages.setLegendVisible(false);
        stages.setAnimated(false);
        stages.setPrefSize(620, 300);
        severities.setId("dashboard-severities");
        severities.setTitle(messages.get("dashboard.chart.warnings"));
        severities.setAnimated(false);
        severities.setPrefSize(380, 300);
        HBox charts = new HBox(10, stages, severities);
        overdue.setId("dashboard-overdue");
        overdue.getColumns().add(column("dashboard.column.project", OverdueItem::projectCode, 110));
        overdue.getColumns().add(column("dashboard.column.task", o -> o.wbsCode() + " " + o.taskName(), 300));
        overdue.getColumns().add(column("dashboard.column.finish", o -> o.finish().toString(), 100));
        overdue.getColumns().add(column("dashboard.column.daysOverdue", o -> Long.toString(o.daysOverdue()), 90));
        overdue.getColumns().add(column("dashboard.column.percent", o -> o.percentComplete() + "%", 80));
        overdue.setPlaceholder(new Label(messages.get("dashboard.noOverdue")));
        overdue.setPrefHeight(170);
        drill.setId("dashboard-drill");
        drill.getColumns().add(column("dashboard.column.code", DrillRow::code, 130));
        drill.getColumns().add(column("dashboard.column.name", DrillRow::name, 420));
        drill.getColumns().add(column("dashboard.column.detail", DrillRow::detail, 260));
        drill.setPlaceholder(new Label(messages.get("dashboard.drillHint")));
        drill.setPrefHeight(200);
        drillTitle.getStyleClass().add("section-title");
        drillTitle.setText(messages.get("dashboard.drillHint"));
        Label overdueTitle = new Label(messages.get("dashboard.overdueTitle"));
        overdueTitle.getStyleClass().add("section-title");
        page.getChildren().addAll(title, filters(), tiles, charts, overdueTitle, overdue, drillTitle, drill);
        page.setPadding(new Insets(16));
        page.getStyleClass().add("page");
        root.setId("dashboard");
        root.setUserData(this);
        root.setFitToWidth(true);
        model.dashboard().addListener((o, old, now) -> show(now));
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        model.refresh(this::fail);
    }

    private Dashboard d() {
        return model.dashboard().get();
    }

    private void fail(Throwable failure) {
        Dialogs.showFailure(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                messages.get("dashboard.title"), failure);
    }

    private Node filters() {
        ChoiceBox<Integer> year = new ChoiceBox<>();
        year.setId("dashboard-year");
        year.getItems().add(null);
        for (int y = model.currentYear() + 1; y >= model.currentYear() - 4; y--) {
            year.getItems().add(y);
        }
        year.setConverter(converter(y -> y == null ? messages.get("dashboard.all") : Integer.toString(y)));
        year.valueProperty().bindBidirectional(model.year());
        ChoiceBox<OrgUnitRow> department = new ChoiceBox<>();
        department.setId("dashboard-department");
        model.departments().addListener((javafx.collections.ListChangeListener<OrgUnitRow>) c -> {
            List<OrgUnitRow> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.departments());
            department.getItems().setAll(items);
        });
        department.setConverter(converter(u -> u == null ? messages.get("dashboard.all") : "  ".repeat(u.depth()) + u.name()));
        department.valueProperty().bindBidirectional(model.department());
        ChoiceBox<ProjectType> type = new ChoiceBox<>();
        type.setId("dashboard-type");
        type.getItems().add(null);
        type.getItems().addAll(ProjectType.values());
        type.setConverter(converter(t -> t == null ? messages.get("dashboard.all") : messages.of(t)));
        type.valueProperty().bindBidirectional(model.type());
        for (ChoiceBox<?> box : List.of(year, department, type)) {
            box.valueProperty().addListener(o -> refresh());
        }
        Button png = new Button(messages.get("dashboard.exportPng"));
        png.setId("dashboard-export-png");
        png.setOnAction(e -> export("png"));
        Button pdf = new Button(messages.get("dashboard.exportPdf"));
        pdf.setId("dashboard-export-pdf");
        pdf.setOnAction(e -> export("pdf"));
        FlowPane bar = new FlowPane(8, 6, new Label(messages.get("dashboard.year")), year,
                new Label(messages.get("dashboard.department")), department, new Label(messages.get("dashboard.type")), type,
                png, pdf);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void export(String format) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(messages.get("dashboard.title") + "." + format);
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath(), format);
        }
    }

    /** The export of the dashboard page shown in this node (for tests and the window's File menu). */
    public static java.util.function.BiConsumer<java.nio.file.Path, String> exportOf(Node dashboardNode) {
        return ((DashboardView) dashboardNode.getUserData())::exportTo;
    }

    /** Writes the page as it is on screen to a PNG or PDF file. */
    public void exportTo(java.nio.file.Path file, String format) {
        java.awt.image.BufferedImage image = SwingFXUtils.fromFXImage(page.snapshot(null, null), null);
        try {
            if ("pdf".equals(format)) {
                DashboardExport.pdf(image, file);
            } else {
                DashboardExport.png(image, file);
            }
        } catch (java.io.IOException e) {
            fail(e);
        }
    }

    private void show(Dashboard d) {
        if (d == null) {
            return;
        }
        projectsTile.setValue(d.projects().size());
        projectsTile.setDescription(messages.format("dashboard.tile.projectsBehind", d.behind().size()));
        onTimeTile.setValue(value(d.onTimeRate()));
        completionTile.setValue(value(d.completionRate()));
        budgetTile.setValue(value(d.budgetExecutionRate()));
        budgetTile.setDescription(messages.format("dashboard.tile.budgetText", wan(d.paidTotal()), wan(d.adjustedTotal())));
        int open = d.openWarnings().values().stream().mapToInt(List::size).sum();
        warningsTile.setValue(open);
        warningsTile.setDescription(messages.format("dashboard.tile.warningsText", d.openWarnings().get(WarningSeverity.HIGH).size(),
                d.openWarnings().get(WarningSeverity.MEDIUM).size(), d.openWarnings().get(WarningSeverity.LOW).size()));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (LifecycleStage stage : LifecycleStage.values()) {
            series.getData().add(new XYChart.Data<>(messages.of(stage), d.byStage().get(stage).size()));
        }
        stages.getData().setAll(List.of(series));
        // whole projects: integer ticks from zero to one above the tallest bar
        NumberAxis counts = (NumberAxis) stages.getYAxis();
        counts.setAutoRanging(false);
        counts.setLowerBound(0);
        counts.setUpperBound(d.byStage().values().stream().mapToInt(List::size).max().orElse(0) + 1);
        counts.setTickUnit(1);
        counts.setMinorTickCount(0);
        for (int i = 0; i < series.getData().size(); i++) {
            LifecycleStage stage = LifecycleStage.values()[i];
            Node bar = series.getData().get(i).getNode();
            if (bar != null) {
                bar.setOnMouseClicked(e -> drillProjects(null, d().byStage().get(stage), this::stageDetail));
            }
        }
        severities.getData().clear();
        for (WarningSeverity s : WarningSeverity.values()) {
            int n = d.openWarnings().get(s).size();
            if (n > 0) {
                PieChart.Data slice = new PieChart.Data(messages.of(s) + " " + n, n);
                severities.getData().add(slice);
                if (slice.getNode() != null) {
                    slice.getNode().setOnMouseClicked(e -> drillWarnings(s));
                }
            }
        }
        overdue.getItems().setAll(d.topOverdue());
    }

    private void drillProjects(String titleKey, List<DashboardProject> rows, Function<DashboardProject, String> detail) {
        if (d() == null) {
            return;
        }
        drillTitle.setText(messages.format("dashboard.drillOf", titleKey == null ? messages.get("dashboard.chart.stages")
                : messages.get(titleKey), rows.size()));
        drill.getItems().setAll(rows.stream().map(p -> new DrillRow(p.code(), p.name(), detail.apply(p))).toList());
    }

    private void drillWarnings(WarningSeverity only) {
        if (d() == null) {
            return;
        }
        List<WarningRow> rows = new ArrayList<>();
        for (WarningSeverity s : WarningSeverity.values()) {
            if (only == null || only == s) {
                rows.addAll(d().openWarnings().get(s));
            }
        }
        drillTitle.setText(messages.format("dashboard.drillOf", messages.get("dashboard.tile.warnings"), rows.size()));
        drill.getItems().setAll(rows.stream().map(w -> new DrillRow(w.projectCode(), w.subject(),
                messages.of(w.severity()) + " · " + messages.of(w.rule()))).toList());
    }

    private String stageDetail(DashboardProject p) {
        return messages.of(p.stage()) + " · " + p.departmentName();
    }

    private String deviationDetail(DashboardProject p) {
        return messages.format("dashboard.deviation", percent(p.plannedPercent()), percent(p.actualPercent()));
    }

    private static String percent(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString() + "%";
    }

    private static String wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static double value(BigDecimal v) {
        return v == null ? 0 : v.doubleValue();
    }

    private Tile tile(String id, String titleKey, String unit, int decimals) {
        Tile tile = TileBuilder.create().skinType(Tile.SkinType.NUMBER).prefSize(200, 130)
                .title(messages.get(titleKey)).unit(unit).decimals(decimals).value(0).textVisible(true)
                .backgroundColor(Color.web("#1f3b57")).titleColor(Color.web("#dce6f0")).valueColor(Color.WHITE)
                .unitColor(Color.web("#dce6f0")).descriptionColor(Color.web("#f0c36d")).textColor(Color.web("#dce6f0"))
                .build();
        tile.setId(id);
        // the tile's description is a Label: the window's label colour would make it dark on the dark tile
        tile.getStyleClass().add("dashboard-tile");
        tile.setCursor(javafx.scene.Cursor.HAND);
        HBox.setHgrow(tile, Priority.NEVER);
        return tile;
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}

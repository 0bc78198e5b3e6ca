package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.gantt.layout.ZoomLevel;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.progress.BaselineSummary;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.schedule.DependencyType;
import cn.projectdesk.core.schedule.WorkingCalendar;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Gantt page of one project: toolbar (zoom, fit, today, baseline, critical path, columns, export)
 * over the drawn table and chart. Keys: ↑/↓ select, Space collapse, Enter open, Shift+←/→ duration,
 * Ctrl+Shift+←/→ % complete, Ctrl+= / Ctrl+- zoom, Ctrl+0 fit.
 */
public final class GanttView implements ChartEdits {
    /** Until the project is loaded the chart uses the national calendar (weekends, holidays, 调休). */
    private static final WorkingCalendar CALENDAR = WorkingCalendar.chinaStandard();

    private final GanttViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final GanttChartPane chart;
    private final Label title = new Label();
    private final Label message = new Label();
    private final ComboBox<BaselineSummary> baselines = new ComboBox<>();
    private final CheckBox critical = new CheckBox();
    private final javafx.scene.control.DatePicker statusDate = new javafx.scene.control.DatePicker();
    private boolean updatingStatusDate;
    private final Set<GanttColumns> shownColumns = EnumSet.copyOf(GanttColumns.defaults());
    private boolean fitOnLoad = true;
    private boolean updatingBaselines;

    public GanttView(GanttViewModel model, Runnable onBack) {
        this.model = model;
        this.messages = model.messages();
        ChartOptions options = new ChartOptions(model.context().today(), null, true, false, -1, CALENDAR::isWorkingDay);
        this.chart = new GanttChartPane(messages, CALENDAR, this, options);
        chart.setEditable(model.canEdit());
        model.setOnFailure(this::showFailure);
        model.modelProperty().addListener((o, old, now) -> {
            chart.setCollapsed(model.collapsed());
            chart.setModel(now, fitOnLoad);
            fitOnLoad = false;
        });
        model.dataProperty().addListener((o, old, now) -> dataLoaded(now));
        message.setId("gantt-message");
        message.getStyleClass().add("field-error");
        root.setTop(new VBox(8, header(onBack), toolbar()));
        root.setCenter(chart);
        root.setBottom(message);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        BorderPane.setMargin(chart, new Insets(10, 0, 6, 0));
        chart.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    public Node node() {
        return root;
    }

    public GanttChartPane chart() {
        return chart;
    }

    public void open(ProjectSummary project) {
        fitOnLoad = model.project() == null || !model.project().id().equals(project.id());
        message.setText("");
        model.open(project);
    }

    public void refresh() {
        model.reload();
    }

    private Node header(Runnable onBack) {
        Button back = new Button(messages.get("gantt.back"));
        back.setId("gantt-back");
        back.setOnAction(e -> onBack.run());
        title.setId("gantt-title");
        title.getStyleClass().add("page-title");
        title.setText(messages.get("gantt.title"));
        HBox box = new HBox(12, back, title);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node toolbar() {
        FlowPane bar = new FlowPane(6, 6);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (ZoomLevel level : ZoomLevel.values()) {
            bar.getChildren().add(button("gantt.zoom." + level.name().toLowerCase(java.util.Locale.ROOT),
                    "gantt-zoom-" + level.name().toLowerCase(java.util.Locale.ROOT), () -> chart.zoomTo(level.pxPerDay())));
        }
        bar.getChildren().addAll(button("gantt.zoomIn", "gantt-zoom-in", () -> chart.zoom(1.5)),
                button("gantt.zoomOut", "gantt-zoom-out", () -> chart.zoom(1 / 1.5)),
                button("gantt.fit", "gantt-fit", chart::fitToProject),
                button("gantt.today", "gantt-today", () -> chart.scrollToDate(model.context().today())),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                new Label(messages.get("gantt.baseline")), baselines(),
                button("gantt.baseline.save", "gantt-save-baseline", this::saveBaseline),
                new Label(messages.get("gantt.statusDate")), statusDate(), critical(), columns(),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                button("gantt.export.pdf", "gantt-export-pdf", () -> GanttExportDialog.pdf(this, model)),
                button("gantt.export.png", "gantt-export-png", () -> GanttExportDialog.png(this, model)),
                button("gantt.print", "gantt-print", () -> GanttPrinting.print(this, model)));
        return bar;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            action.run();
            chart.requestFocus();
        });
        return b;
    }

    private Node baselines() {
        baselines.setId("gantt-baseline");
        baselines.setPromptText(messages.get("gantt.baseline.none"));
        baselines.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(BaselineSummary b) {
                return b == null ? messages.get("gantt.baseline.none") : b.name();
            }

            @Override
            public BaselineSummary fromString(String s) {
                return null;
            }
        });
        baselines.valueProperty().addListener((o, old, now) -> {
            if (!updatingBaselines) {
                model.chooseBaseline(now == null ? null : now.id());
            }
        });
        return baselines;
    }

    private Node statusDate() {
        statusDate.setId("gantt-status-date");
        cn.projectdesk.app.ui.common.IsoDateConverter.apply(statusDate);
        statusDate.setPrefWidth(130);
        statusDate.setTooltip(new Tooltip(messages.get("gantt.statusDate.tooltip")));
        statusDate.setDisable(!model.canEdit());
        statusDate.valueProperty().addListener((o, old, now) -> {
            if (!updatingStatusDate && now != null) {
                model.setStatusDate(now);
            }
        });
        return statusDate;
    }

    private void saveBaseline() {
        GanttData data = model.dataProperty().get();
        if (data == null || !model.canEdit()) {
            return;
        }
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                messages.format("gantt.baseline.defaultName", data.baselines().size() + 1, Formats.date(model.context().today())));
        ask.initOwner(window());
        ask.setTitle(messages.get("gantt.baseline.save"));
        ask.setHeaderText(null);
        ask.setContentText(messages.get("gantt.baseline.name"));
        ask.getEditor().setId("gantt-baseline-name");
        Styles.install(ask.getDialogPane());
        ask.showAndWait().filter(name -> !name.isBlank()).ifPresent(model::saveBaseline);
    }

    /** Shows the CPM critical path (total float ≤ 0) in red; the data already carries the flag. */
    private Node critical() {
        critical.setId("gantt-critical");
        critical.setTooltip(new Tooltip(messages.get("gantt.critical.tooltip")));
        critical.selectedProperty().addListener((o, old, on) -> {
            GanttData data = model.dataProperty().get();
            if (data != null) {
                dataLoaded(data);
            }
        });
        return critical;
    }

    private Node columns() {
        MenuButton menu = new MenuButton(messages.get("gantt.columns"));
        menu.setId("gantt-columns");
        for (GanttColumns c : GanttColumns.values()) {
            if (c == GanttColumns.NAME) {
                continue;
            }
            CheckMenuItem item = new CheckMenuItem(c.header(messages));
            item.setSelected(shownColumns.contains(c));
            item.selectedProperty().addListener((o, old, on) -> {
                if (on) {
                    shownColumns.add(c);
                } else {
                    shownColumns.remove(c);
                }
                chart.setColumns(GanttColumns.specs(messages, shownColumns));
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private void dataLoaded(GanttData data) {
        title.setText(data.project().code() + "  " + data.project().name());
        critical.setText(messages.get("gantt.critical"));
        chart.setCalendar(data.calendar(), data.constraints());
        chart.setOptions(new ChartOptions(model.context().today(), data.statusDate(), model.showBaseline(), critical.isSelected(), -1,
                data::workingDay));
        updatingStatusDate = true;
        statusDate.setValue(data.statusDate());
        updatingStatusDate = false;
        updatingBaselines = true;
        baselines.getItems().setAll(data.baselines());
        baselines.getItems().add(0, null);
        UUID chosen = data.baselineId();
        baselines.setValue(data.baselines().stream().filter(b -> b.id().equals(chosen)).findFirst().orElse(null));
        updatingBaselines = false;
    }

    private void key(KeyEvent e) {
        GanttRow row = chart.selectedTask();
        boolean handled = true;
        if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
            chart.zoom(1.5);
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            chart.zoom(1 / 1.5);
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0)) {
            chart.fitToProject();
        } else if (e.getCode() == KeyCode.UP) {
            chart.selectRow(chart.selectedRow() - 1);
        } else if (e.getCode() == KeyCode.DOWN) {
            chart.selectRow(chart.selectedRow() + 1);
        } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.PAGE_DOWN) {
            int page = (int) Math.max(1, (chart.getHeight() - 80) / 26);
            chart.selectRow(chart.selectedRow() + (e.getCode() == KeyCode.PAGE_UP ? -page : page));
        } else if (row == null) {
            handled = false;
        } else if (e.getCode() == KeyCode.ENTER) {
            open(row);
        } else if (e.getCode() == KeyCode.SPACE) {
            toggleCollapsed(row);
        } else if (e.isShiftDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) && !row.summary()) {
            int step = e.getCode() == KeyCode.RIGHT ? 1 : -1;
            if (e.isShortcutDown()) {
                setPercentComplete(row, Math.max(0, Math.min(100, row.percentComplete() + 10 * step)));
            } else {
                setDuration(row, Math.max(row.milestone() ? 0 : 1, row.durationDays() + step));
            }
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    // --- ChartEdits: each becomes an undoable command

    @Override
    public void setDuration(GanttRow row, int workingDays) {
        if (model.canEdit()) {
            model.setDuration(row, workingDays);
        }
    }

    @Override
    public void setPercentComplete(GanttRow row, int percent) {
        if (model.canEdit()) {
            model.setPercentComplete(row, percent);
        }
    }

    @Override
    public void link(GanttRow predecessor, GanttRow successor) {
        if (model.canEdit()) {
            model.link(predecessor, successor, DependencyType.FS);
        }
    }

    @Override
    public void moveStart(GanttRow row, java.time.LocalDate start) {
        if (model.canEdit()) {
            model.moveStart(row, start);
        }
    }

    @Override
    public void open(GanttRow row) {
        model.details(row, details -> TaskDialog.show(window(), model, row, details));
    }

    @Override
    public void toggleCollapsed(GanttRow row) {
        model.toggleCollapsed(row);
    }

    javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    Messages messages() {
        return messages;
    }

    void showMessage(String text) {
        message.setText(text);
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof ValidationException) {
            message.setText(new ErrorMessages(messages).describe(failure));
        } else {
            Dialogs.showFailure(window(), messages, messages.get("gantt.error.title"), failure);
        }
    }
}

package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.gantt.layout.BarGeometry;
import cn.projectdesk.app.ui.gantt.layout.ChartHit;
import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.ChartSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.gantt.layout.RowMetrics;
import cn.projectdesk.app.ui.gantt.layout.TableColumnSpec;
import cn.projectdesk.app.ui.gantt.layout.TableSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.app.ui.gantt.layout.Viewport;
import cn.projectdesk.app.ui.gantt.layout.ZoomLevel;
import cn.projectdesk.app.ui.gantt.paint.CanvasPainter;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.schedule.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The drawn table and chart side by side with shared scroll bars. Each frame rebuilds the display
 * lists for the viewport only and paints them; the canvases are only as large as the window.
 */
public final class GanttChartPane extends Region {
    /** Days shown before the first task and after the last, so that bars do not touch the edges. */
    static final int PAD_BEFORE = 14;
    static final int PAD_AFTER = 45;

    private final Canvas table = new Canvas();
    private final Canvas chart = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final RowMetrics metrics = RowMetrics.DEFAULT;
    private final ChartSceneBuilder chartBuilder;
    private final TableSceneBuilder tableBuilder = new TableSceneBuilder(metrics);
    private final DisplayList tableList = new DisplayList();
    private final DisplayList chartList = new DisplayList();
    private final Messages messages;
    private WorkingCalendar calendar;
    private java.util.Map<UUID, cn.projectdesk.core.project.TaskConstraint> constraints = java.util.Map.of();
    private final ChartEdits edits;
    private final Tooltip tooltip = new Tooltip();
    private final GanttTooltips tooltipTexts;
    private GanttModel model = GanttModel.of(List.of(), List.of(), Set.of());
    private List<TableColumnSpec> columns;
    private Set<UUID> collapsed = Set.of();
    private TimeScale scale = new TimeScale(LocalDate.now().minusDays(PAD_BEFORE), ZoomLevel.WEEKS.pxPerDay());
    private ChartOptions options;
    private int selected = -1;
    private ChartDrag drag;
    private final CanvasPainter tablePainter = new CanvasPainter(table.getGraphicsContext2D());
    private final CanvasPainter chartPainter = new CanvasPainter(chart.getGraphicsContext2D());
    private boolean editable;
    private boolean framePending;

    GanttChartPane(Messages messages, WorkingCalendar calendar, ChartEdits edits, ChartOptions options) {
        this.messages = messages;
        this.calendar = calendar;
        this.edits = edits;
        this.options = options;
        this.chartBuilder = new ChartSceneBuilder(metrics, new BundleHeaderLabels(messages));
        this.tooltipTexts = new GanttTooltips(messages);
        this.columns = GanttColumns.specs(messages, GanttColumns.defaults());
        setId("gantt-chart");
        table.setId("gantt-table-canvas");
        chart.setId("gantt-chart-canvas");
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setId("gantt-vbar");
        hbar.setId("gantt-hbar");
        getChildren().addAll(table, chart, vbar, hbar);
        vbar.valueProperty().addListener(o -> redraw());
        hbar.valueProperty().addListener(o -> redraw());
        setFocusTraversable(true);
        getStyleClass().add("gantt-chart");
        tooltip.setShowDelay(Duration.millis(350));
        Tooltip.install(chart, tooltip);
        chart.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        table.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        chart.setOnMousePressed(this::chartPressed);
        chart.setOnMouseDragged(this::chartDragged);
        chart.setOnMouseReleased(this::chartReleased);
        chart.setOnMouseMoved(this::chartMoved);
        table.setOnMousePressed(this::tablePressed);
    }

    // --- state from the view

    void setModel(GanttModel newModel, boolean fit) {
        UUID keep = selected >= 0 && selected < model.rowCount() ? model.row(selected).id() : null;
        this.model = newModel;
        LocalDate origin = (newModel.start() == null ? LocalDate.now() : newModel.start()).minusDays(PAD_BEFORE);
        if (!origin.equals(scale.origin())) {
            double keepX = hbar.getValue() - scale.x(origin);
            scale = new TimeScale(origin, scale.pxPerDay());
            hbar.setValue(Math.max(0, keepX));
        }
        selected = keep == null ? (newModel.rowCount() > 0 ? 0 : -1) : newModel.indexOf(keep);
        if (fit) {
            fitToProject();
        }
        requestLayout();
        redraw();
    }

    void setColumns(List<TableColumnSpec> newColumns) {
        this.columns = newColumns;
        requestLayout();
    }

    void setOptions(ChartOptions newOptions) {
        this.options = newOptions;
        redraw();
    }

    /** The project's calendar (drag arithmetic) and its tasks' constraints (tooltips), from the loaded data. */
    void setCalendar(WorkingCalendar projectCalendar, java.util.Map<UUID, cn.projectdesk.core.project.TaskConstraint> taskConstraints) {
        this.calendar = projectCalendar;
        this.constraints = taskConstraints;
    }

    void setCollapsed(Set<UUID> ids) {
        this.collapsed = ids;
    }

    void setEditable(boolean editable) {
        this.editable = editable;
    }

    GanttModel model() {
        return model;
    }

    TimeScale scale() {
        return scale;
    }

    int selectedRow() {
        return selected;
    }

    GanttRow selectedTask() {
        return selected >= 0 && selected < model.rowCount() ? model.row(selected) : null;
    }

    RowMetrics metrics() {
        return metrics;
    }

    /** Where a point of the content (bar coordinates) is on the screen, for tests that drag bars. */
    javafx.geometry.Point2D screenPoint(double contentX, double contentY) {
        return chart.localToScreen(contentX - hbar.getValue(), contentY + metrics.headerHeight() - vbar.getValue());
    }

    /** The middle of a row's name cell on the screen (the row must be scrolled into view). */
    javafx.geometry.Point2D tableScreenPoint(int row) {
        double nameX = columns.get(0).tree() ? 0 : columns.get(0).width();
        return table.localToScreen(nameX + 120, metrics.headerHeight() + metrics.rowTop(row) + metrics.rowHeight() / 2 - vbar.getValue());
    }

    // --- zoom and scrolling

    void zoomTo(double pxPerDay) {
        zoomAround(ZoomLevel.clamp(pxPerDay), chartWidth() / 2);
    }

    void zoom(double factor) {
        zoomTo(scale.pxPerDay() * factor);
    }

    /** Changes the scale keeping the date under {@code anchor} (viewport x) where it is. */
    private void zoomAround(double pxPerDay, double anchor) {
        double days = (hbar.getValue() + anchor) / scale.pxPerDay();
        scale = scale.withScale(pxPerDay);
        updateRanges();
        hbar.setValue(clamp(days * pxPerDay - anchor, hbar.getMin(), hbar.getMax()));
        redraw();
    }

    void fitToProject() {
        if (model.start() == null) {
            return;
        }
        double width = Math.max(200, chartWidth());
        long days = model.finish().toEpochDay() - model.start().toEpochDay() + 1;
        // A little room on both sides so the first and last bars and their labels stay inside.
        double px = ZoomLevel.clamp(width / (days * 1.12 + 4));
        scale = scale.withScale(px);
        updateRanges();
        hbar.setValue(clamp(scale.x(model.start()) - days * 0.04 * px - 2 * px, 0, hbar.getMax()));
        redraw();
    }

    void scrollToDate(LocalDate date) {
        updateRanges();
        hbar.setValue(clamp(scale.x(date) - chartWidth() / 3, 0, hbar.getMax()));
    }

    void selectRow(int row) {
        if (model.rowCount() == 0) {
            return;
        }
        selected = Math.max(0, Math.min(model.rowCount() - 1, row));
        double top = metrics.rowTop(selected);
        double body = bodyHeight();
        if (top < vbar.getValue()) {
            vbar.setValue(top);
        } else if (top + metrics.rowHeight() > vbar.getValue() + body) {
            vbar.setValue(Math.min(vbar.getMax(), top + metrics.rowHeight() - body));
        }
        redraw();
    }

    void scrollRows(double rows) {
        vbar.setValue(clamp(vbar.getValue() + rows * metrics.rowHeight(), 0, vbar.getMax()));
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown()) {
            double anchor = e.getSource() == chart ? e.getX() : chartWidth() / 2;
            zoomAround(ZoomLevel.clamp(scale.pxPerDay() * Math.pow(1.15, e.getDeltaY() / 40)), anchor);
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double delta = e.isShiftDown() ? e.getDeltaY() : e.getDeltaX();
            hbar.setValue(clamp(hbar.getValue() - delta, 0, hbar.getMax()));
        } else {
            vbar.setValue(clamp(vbar.getValue() - e.getDeltaY(), 0, vbar.getMax()));
        }
        e.consume();
    }

    // --- mouse on the chart

    private ChartHit hit(MouseEvent e) {
        return ChartHit.at(model, new BarGeometry(scale, metrics), e.getX() + hbar.getValue(),
                e.getY() - metrics.headerHeight() + vbar.getValue());
    }

    private void chartPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || e.getY() < metrics.headerHeight()) {
            return;
        }
        ChartHit hit = hit(e);
        if (hit.row() >= 0) {
            selected = hit.row();
        }
        if (e.getClickCount() == 2 && hit.row() >= 0) {
            edits.open(model.row(hit.row()));
        } else if (editable && hit.bar() != null && hit.part() != ChartHit.Part.ROW && !model.row(hit.row()).summary()) {
            drag = new ChartDrag(hit, model.row(hit.row()), e.getX() + hbar.getValue(),
                    e.getY() - metrics.headerHeight() + vbar.getValue(), metrics.rowHeight());
        }
        redraw();
    }

    private void chartDragged(MouseEvent e) {
        if (drag != null) {
            drag.moveTo(e.getX() + hbar.getValue(), e.getY() - metrics.headerHeight() + vbar.getValue());
            redraw();
        }
    }

    private void chartReleased(MouseEvent e) {
        if (drag != null) {
            ChartDrag done = drag;
            drag = null;
            done.moveTo(e.getX() + hbar.getValue(), e.getY() - metrics.headerHeight() + vbar.getValue());
            done.finish(edits, model, hit(e), scale, calendar);
            redraw();
        }
    }

    private void chartMoved(MouseEvent e) {
        ChartHit hit = e.getY() < metrics.headerHeight() ? ChartHit.NONE : hit(e);
        chart.setCursor(switch (hit.part()) {
            case FINISH_HANDLE -> editable ? javafx.scene.Cursor.H_RESIZE : javafx.scene.Cursor.DEFAULT;
            case PROGRESS_HANDLE -> editable ? javafx.scene.Cursor.E_RESIZE : javafx.scene.Cursor.DEFAULT;
            case BAR -> editable ? javafx.scene.Cursor.MOVE : javafx.scene.Cursor.DEFAULT;
            default -> javafx.scene.Cursor.DEFAULT;
        });
        tooltip.setText(hit.bar() == null ? null : tooltipTexts.of(model.row(hit.row()), constraints.get(model.row(hit.row()).id())));
        if (hit.bar() == null) {
            tooltip.hide();
        }
    }

    private void tablePressed(MouseEvent e) {
        requestFocus();
        if (e.getY() < metrics.headerHeight()) {
            return;
        }
        int row = (int) Math.floor((e.getY() - metrics.headerHeight() + vbar.getValue()) / metrics.rowHeight());
        if (row < 0 || row >= model.rowCount()) {
            return;
        }
        selected = row;
        GanttRow task = model.row(row);
        int column = TableSceneBuilder.columnAt(columns, e.getX());
        double columnLeft = columns.subList(0, Math.max(0, column)).stream().mapToDouble(TableColumnSpec::width).sum();
        double expander = columnLeft + 5 + task.level() * TableSceneBuilder.INDENT;
        if (column >= 0 && columns.get(column).tree() && task.summary() && e.getX() >= expander - 2
                && e.getX() <= expander + TableSceneBuilder.INDENT) {
            edits.toggleCollapsed(task);
        } else if (e.getClickCount() == 2) {
            edits.open(task);
        }
        redraw();
    }

    // --- layout and drawing

    private double tableWidth() {
        return TableSceneBuilder.width(columns);
    }

    private double chartWidth() {
        return Math.max(0, getWidth() - tableWidth() - vbar.prefWidth(-1));
    }

    private double bodyHeight() {
        return Math.max(0, getHeight() - hbar.prefHeight(-1) - metrics.headerHeight());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double vw = vbar.prefWidth(-1);
        double hh = hbar.prefHeight(-1);
        double tw = Math.min(tableWidth(), w);
        table.setWidth(tw);
        table.setHeight(Math.max(0, h - hh));
        table.relocate(0, 0);
        chart.setWidth(Math.max(0, w - tw - vw));
        chart.setHeight(Math.max(0, h - hh));
        chart.relocate(tw, 0);
        vbar.resizeRelocate(w - vw, metrics.headerHeight(), vw, Math.max(0, h - hh - metrics.headerHeight()));
        hbar.resizeRelocate(tw, h - hh, Math.max(0, w - tw - vw), hh);
        updateRanges();
        redraw();
    }

    private void updateRanges() {
        double rows = model.rowCount() * metrics.rowHeight();
        vbar.setMax(Math.max(0, rows - bodyHeight()));
        vbar.setVisibleAmount(Math.max(1, bodyHeight() * Math.max(1, vbar.getMax()) / Math.max(1, rows)));
        vbar.setUnitIncrement(metrics.rowHeight());
        vbar.setBlockIncrement(Math.max(metrics.rowHeight(), bodyHeight() - metrics.rowHeight()));
        LocalDate last = (model.finish() == null ? LocalDate.now() : model.finish()).plusDays(PAD_AFTER);
        double content = scale.endX(last);
        hbar.setMax(Math.max(0, content - chartWidth()));
        hbar.setVisibleAmount(Math.max(1, chartWidth() * Math.max(1, hbar.getMax()) / Math.max(1, content)));
        hbar.setUnitIncrement(Math.max(scale.pxPerDay(), 10));
        hbar.setBlockIncrement(Math.max(10, chartWidth() * 0.8));
        vbar.setValue(clamp(vbar.getValue(), 0, vbar.getMax()));
        hbar.setValue(clamp(hbar.getValue(), 0, hbar.getMax()));
    }

    /**
     * Asks for a frame. Scroll events, scroll-bar changes and layout can ask many times before the next
     * pulse; they are drawn once, since a canvas keeps every command drawn on it until the pulse renders it.
     */
    void redraw() {
        if (!framePending) {
            framePending = true;
            javafx.application.Platform.runLater(this::drawFrame);
        }
    }

    /** Draws one frame of both halves for the current viewport now (tests and snapshots call it directly). */
    void drawFrame() {
        framePending = false;
        if (chart.getWidth() <= 0 || chart.getHeight() <= 0) {
            return;
        }
        tableList.clear();
        tableBuilder.build(tableList, model, columns, vbar.getValue(), table.getHeight(), selected, collapsed);
        tablePainter.paint(tableList);
        chartList.clear();
        Viewport view = new Viewport(hbar.getValue(), vbar.getValue(), chart.getWidth(), chart.getHeight());
        chartBuilder.build(chartList, model, scale, view, options.withSelectedRow(selected));
        if (drag != null) {
            drag.preview(chartList, -hbar.getValue(), metrics.headerHeight() - vbar.getValue(), scale, calendar,
                    drag.part() == ChartHit.Part.PROGRESS_HANDLE ? drag.percent() + "%" : "");
        }
        chartPainter.paint(chartList);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}

package cn.projectdesk.app.ui.resources;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.common.IsoDateConverter;
import cn.projectdesk.app.ui.gantt.BundleHeaderLabels;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.app.ui.gantt.paint.CanvasPainter;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.resource.ResourceUsage;
import cn.projectdesk.core.security.UserSession;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Resource usage: the resources the user may see (type 人员/设备/物资, calendar, cost rate, capacity, peak)
 * and, per resource, its daily load over all projects as a histogram with over-allocation in red. A
 * click on a bar lists the tasks behind it.
 */
public final class ResourcesView {
    /** The Gantt's "weeks" zoom: month and week tiers on the axis, a week 49 px wide. */
    static final double PX_PER_DAY = cn.projectdesk.app.ui.gantt.layout.ZoomLevel.WEEKS.pxPerDay();
    private final AppContext context;
    private final UserSession user;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<ResourceUsage> table = new TableView<>();
    private final Canvas canvas = new Canvas();
    /** The date axis, pinned over the top of the scrolled lanes and moved with their horizontal scroll. */
    private final Canvas axis = new Canvas();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Label behindTitle = new Label();
    private final ListView<String> behind = new ListView<>();
    private final ResourceHistogram histogram;
    private List<ResourceUsage> usage = List.of();
    private TimeScale scale;
    private int selectedLane = -1;

    public ResourcesView(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        this.messages = context.messages();
        this.histogram = new ResourceHistogram(new BundleHeaderLabels(messages), u -> messages.of(u.resource().kind())
                + (u.resource().kind().isBookable() ? " · " + messages.format("resources.capacity", u.resource().maxUnits()) : ""));
        Label title = new Label(messages.get("resources.title"));
        title.getStyleClass().add("page-title");
        canvas.setId("resources-canvas");
        table.setId("resources-table");
        behind.setId("resources-behind");
        behindTitle.setId("resources-behind-title");
        behindTitle.setText(messages.get("resources.behind.hint"));
        table.setPrefHeight(190);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns();
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            selectedLane = now.intValue();
            draw();
        });
        scroll.setId("resources-scroll");
        axis.setId("resources-axis");
        behind.setPrefHeight(130);
        root.setTop(new VBox(8, title, toolbar(), legend(), table));
        root.setCenter(new javafx.scene.layout.StackPane(scroll, pinnedAxis()));
        root.setBottom(new VBox(4, behindTitle, behind));
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        BorderPane.setMargin(scroll, new Insets(10, 0, 8, 0));
        canvas.setOnMouseClicked(e -> clicked(e.getX(), e.getY()));
        LocalDate today = context.today();
        IsoDateConverter.apply(from);
        IsoDateConverter.apply(until);
        from.setValue(today.withDayOfMonth(1).minusMonths(1));
        until.setValue(today.withDayOfMonth(1).plusMonths(5).minusDays(1));
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        LocalDate a = from.getValue();
        LocalDate b = until.getValue();
        context.runner().run(() -> context.core().resources().usage(user, a, b), loaded -> {
            usage = loaded;
            scale = new TimeScale(a, PX_PER_DAY);
            table.getItems().setAll(loaded);
            selectedLane = -1;
            behind.getItems().clear();
            behindTitle.setText(messages.get("resources.behind.hint"));
            draw();
        }, failure -> Dialogs.showFailure(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                messages.get("resources.title"), failure));
    }

    /** The tasks behind the bar under (x, y); a click beside the bars only selects the resource. */
    void clicked(double x, double y) {
        ResourceHistogram.Hit hit = scale == null ? null : histogram.hit(usage, scale, x, y);
        if (hit == null) {
            return;
        }
        table.getSelectionModel().select(hit.lane());
        ResourceUsage u = usage.get(hit.lane());
        List<ResourceUsage.Booking> bookings = u.bookingsOn(hit.day());
        int units = bookings.stream().mapToInt(ResourceUsage.Booking::units).sum();
        behindTitle.setText(messages.format("resources.behind", u.resource().name(), Formats.date(hit.day()), units));
        behind.getItems().setAll(bookings.stream().map(b -> messages.format("resources.booking", b.label(), b.units(),
                Formats.date(b.start()), Formats.date(b.finish()))).toList());
    }

    /** Where a lane's day is on the screen, for tests that click a bar. */
    javafx.geometry.Point2D screenPoint(int lane, LocalDate day) {
        return canvas.localToScreen(ResourceHistogram.NAME_WIDTH + scale.x(day) + PX_PER_DAY / 2,
                ResourceHistogram.HEADER + lane * ResourceHistogram.LANE + ResourceHistogram.LANE - 4);
    }

    List<ResourceUsage> usage() {
        return usage;
    }

    private void draw() {
        if (scale == null) {
            return;
        }
        double chartWidth = scale.endX(until.getValue());
        canvas.setWidth(ResourceHistogram.NAME_WIDTH + chartWidth);
        canvas.setHeight(histogram.height(usage.size()));
        new CanvasPainter(canvas.getGraphicsContext2D()).paint(histogram.build(usage, scale, chartWidth, context.today(), selectedLane));
        axis.setWidth(canvas.getWidth());
        axis.setHeight(ResourceHistogram.HEADER);
        new CanvasPainter(axis.getGraphicsContext2D()).paint(histogram.axis(scale, chartWidth, context.today(),
                messages.get("resources.column.name")));
        followScroll();
    }

    /**
     * The axis strip: as wide as the scroll pane's viewport, clipped to it, on top of the lanes' own
     * header, so that scrolling down keeps the dates in view. Clicks go through to the lanes.
     */
    private Node pinnedAxis() {
        javafx.scene.layout.Pane strip = new javafx.scene.layout.Pane(axis);
        strip.setMouseTransparent(true);
        strip.setMaxHeight(ResourceHistogram.HEADER);
        strip.setPrefHeight(ResourceHistogram.HEADER);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        strip.setClip(clip);
        javafx.scene.layout.StackPane.setAlignment(strip, Pos.TOP_LEFT);
        scroll.viewportBoundsProperty().addListener((o, old, now) -> {
            // inside the scroll pane's border, and not over its vertical scroll bar
            strip.setMaxWidth(now.getWidth());
            strip.setTranslateX(scroll.snappedLeftInset());
            strip.setTranslateY(scroll.snappedTopInset());
            clip.setWidth(now.getWidth());
            clip.setHeight(ResourceHistogram.HEADER);
            followScroll();
        });
        scroll.hvalueProperty().addListener((o, old, now) -> followScroll());
        return strip;
    }

    private void followScroll() {
        double hidden = Math.max(0, canvas.getWidth() - scroll.getViewportBounds().getWidth());
        axis.setTranslateX(-scroll.getHvalue() * hidden);
    }

    private Node toolbar() {
        FlowPane bar = new FlowPane(8, 6);
        bar.setAlignment(Pos.CENTER_LEFT);
        from.setId("resources-from");
        until.setId("resources-until");
        Button show = new Button(messages.get("resources.show"));
        show.setId("resources-show");
        show.setOnAction(e -> refresh());
        bar.getChildren().addAll(new Label(messages.get("resources.from")), from, new Label(messages.get("resources.until")), until, show);
        return bar;
    }

    private Node legend() {
        Label normal = new Label("■ " + messages.get("resources.legend.load"));
        normal.setStyle(String.format("-fx-text-fill: #%06x;",
                cn.projectdesk.app.ui.gantt.paint.Palette.of(cn.projectdesk.app.ui.gantt.layout.Ink.TASK).outline()));
        Label over = new Label("■ " + messages.get("resources.legend.over"));
        over.setStyle(String.format("-fx-text-fill: #%06x;",
                cn.projectdesk.app.ui.gantt.paint.Palette.of(cn.projectdesk.app.ui.gantt.layout.Ink.TASK_BEHIND_PROGRESS).fill()));
        Label capacity = new Label("┄ " + messages.get("resources.legend.capacity"));
        capacity.setStyle(String.format("-fx-text-fill: #%06x;",
                cn.projectdesk.app.ui.gantt.paint.Palette.of(cn.projectdesk.app.ui.gantt.layout.Ink.STATUS_DATE).fill()));
        return new FlowPane(14, 4, normal, over, capacity);
    }

    private void columns() {
        table.getColumns().add(column("resources.column.name", u -> u.resource().name()));
        table.getColumns().add(column("resources.column.kind", u -> messages.of(u.resource().kind())));
        table.getColumns().add(column("resources.column.unit", u -> u.resource().orgUnitName()));
        table.getColumns().add(column("resources.column.calendar",
                u -> u.calendarName() == null ? messages.get("resources.calendar.standard") : u.calendarName()));
        table.getColumns().add(column("resources.column.cost",
                u -> u.resource().costPerDay() == null ? "" : Formats.money(u.resource().costPerDay())));
        table.getColumns().add(column("resources.column.capacity",
                u -> u.resource().kind().isBookable() ? u.resource().maxUnits() + "%" : "—"));
        table.getColumns().add(column("resources.column.peak", u -> u.peakUnits() + "%"));
    }

    private TableColumn<ResourceUsage, String> column(String key, Function<ResourceUsage, String> value) {
        TableColumn<ResourceUsage, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}

package cn.projectdesk.app.ui.milestones;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.gantt.BundleHeaderLabels;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.app.ui.gantt.paint.CanvasPainter;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.UserSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Every milestone of every project the user may see, on one timeline, grouped by project or
 * department and filtered by year, department, type and stage. Double-click a project lane to open
 * its Gantt chart.
 */
public final class MilestonesView {
    private static final double PX_PER_DAY = 2.2;
    private final AppContext context;
    private final UserSession user;
    private final Messages messages;
    private final Consumer<ProjectSummary> openGantt;
    private final BorderPane root = new BorderPane();
    private final Canvas canvas = new Canvas();
    private final Label count = new Label();
    private final ChoiceBox<Integer> year = new ChoiceBox<>();
    private final ChoiceBox<String> department = new ChoiceBox<>();
    private final ChoiceBox<ProjectType> type = new ChoiceBox<>();
    private final ChoiceBox<LifecycleStage> stage = new ChoiceBox<>();
    private final ChoiceBox<Boolean> byDepartment = new ChoiceBox<>();
    private List<MilestoneItem> items = List.of();
    private List<ProjectSummary> projects = List.of();
    private List<String> laneKeys = List.of();

    public MilestonesView(AppContext context, UserSession user, Consumer<ProjectSummary> openGantt) {
        this.context = context;
        this.user = user;
        this.messages = context.messages();
        this.openGantt = openGantt;
        Label title = new Label(messages.get("milestones.title"));
        title.getStyleClass().add("page-title");
        count.getStyleClass().add("hint");
        count.setId("milestones-count");
        canvas.setId("milestones-canvas");
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setId("milestones-scroll");
        root.setTop(new VBox(8, title, filters(), legend(), count));
        root.setCenter(scroll);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        BorderPane.setMargin(scroll, new Insets(10, 0, 0, 0));
        canvas.setOnMouseClicked(e -> {
            int lane = (int) Math.floor((e.getY() - 44) / MilestoneTimeline.LANE);
            if (e.getClickCount() == 2 && !Boolean.TRUE.equals(byDepartment.getValue()) && lane >= 0 && lane < laneKeys.size()) {
                projects.stream().filter(p -> laneKeys.get(lane).startsWith(p.code() + " ")).findFirst().ifPresent(openGantt);
            }
        });
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        context.runner().run(this::load, loaded -> {
            projects = loaded.projects();
            items = loaded.items();
            fillChoices();
            draw();
        }, failure -> Dialogs.showFailure(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                messages.get("milestones.title"), failure));
    }

    private record Loaded(List<ProjectSummary> projects, List<MilestoneItem> items) {
    }

    private Loaded load() {
        List<ProjectSummary> list = context.core().projects().list(user);
        List<MilestoneItem> found = new ArrayList<>();
        for (ProjectSummary p : list) {
            for (TaskRow t : context.core().tasks().tasks(user, p.id())) {
                if (t.milestone()) {
                    found.add(new MilestoneItem(p.id(), p.code(), p.name(), p.departmentName(), p.type(), p.stage(), p.year(),
                            t.wbsCode(), t.name(), t.finish(), t.percentComplete()));
                }
            }
        }
        // stage gates passed, dated by the stage history, so that the timeline shows the lifecycle too
        java.util.Map<java.util.UUID, ProjectSummary> byId = new java.util.HashMap<>();
        list.forEach(p -> byId.put(p.id(), p));
        for (cn.projectdesk.core.lifecycle.GateMilestone g : context.core().lifecycle().stages().gateMilestones(user)) {
            ProjectSummary p = byId.get(g.projectId());
            if (g.passed() && p != null) {
                found.add(new MilestoneItem(p.id(), p.code(), p.name(), p.departmentName(), p.type(), p.stage(), p.year(),
                        "", messages.format("milestones.stageGate", messages.of(g.stage())), g.date(), 100));
            }
        }
        return new Loaded(list, found);
    }

    private Node filters() {
        FlowPane bar = new FlowPane(8, 6);
        bar.setAlignment(Pos.CENTER_LEFT);
        year.setId("milestones-year");
        department.setId("milestones-department");
        type.setId("milestones-type");
        stage.setId("milestones-stage");
        byDepartment.setId("milestones-group");
        year.setConverter(converter(y -> String.valueOf(y)));
        department.setConverter(converter(d -> d));
        type.setConverter(converter(messages::of));
        stage.setConverter(converter(messages::of));
        byDepartment.getItems().setAll(false, true);
        byDepartment.setValue(false);
        byDepartment.setConverter(converter(d -> messages.get(d ? "milestones.group.department" : "milestones.group.project")));
        for (ChoiceBox<?> box : List.of(year, department, type, stage, byDepartment)) {
            box.valueProperty().addListener(o -> draw());
        }
        bar.getChildren().addAll(new Label(messages.get("milestones.groupBy")), byDepartment,
                new Label(messages.get("milestones.year")), year, new Label(messages.get("milestones.department")), department,
                new Label(messages.get("milestones.type")), type, new Label(messages.get("milestones.stage")), stage);
        return bar;
    }

    private Node legend() {
        FlowPane legend = new FlowPane(14, 4);
        for (MilestoneStatus s : MilestoneStatus.values()) {
            Label l = new Label("◆ " + messages.get("milestones.status." + switch (s) {
                case DONE -> "done";
                case OVERDUE -> "overdue";
                case DUE_SOON -> "dueSoon";
                case OPEN -> "open";
            }));
            int rgb = cn.projectdesk.app.ui.gantt.paint.Palette.of(MilestoneTimeline.ink(s)).fill();
            l.setStyle(String.format("-fx-text-fill: #%06x;", rgb));
            legend.getChildren().add(l);
        }
        return legend;
    }

    private <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? messages.get("milestones.all") : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void fillChoices() {
        refill(year, items.stream().map(MilestoneItem::date).filter(Objects::nonNull).map(LocalDate::getYear).distinct().sorted().toList());
        refill(department, items.stream().map(MilestoneItem::department).filter(Objects::nonNull).distinct().sorted().toList());
        refill(type, List.of(ProjectType.values()));
        refill(stage, List.of(LifecycleStage.values()));
    }

    private static <T> void refill(ChoiceBox<T> box, List<T> values) {
        T keep = box.getValue();
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(values);
        box.getItems().setAll(all);
        box.setValue(keep != null && values.contains(keep) ? keep : null);
    }

    private void draw() {
        MilestoneFilter filter = new MilestoneFilter(year.getValue(), department.getValue(), type.getValue(), stage.getValue());
        boolean dept = Boolean.TRUE.equals(byDepartment.getValue());
        Map<String, List<MilestoneItem>> groups = new TreeMap<>();
        items.stream().filter(filter).sorted(Comparator.comparing(MilestoneItem::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(m -> groups.computeIfAbsent(dept ? String.valueOf(m.department()) : m.projectCode() + " " + m.projectName(),
                        k -> new ArrayList<>()).add(m));
        laneKeys = List.copyOf(groups.keySet());
        long projectCount = items.stream().filter(filter).map(MilestoneItem::projectId).distinct().count();
        int shown = groups.values().stream().mapToInt(List::size).sum();
        count.setText(shown == 0 ? messages.get("milestones.empty") : messages.format("milestones.count", shown, projectCount));
        LocalDate today = context.today();
        LocalDate first = items.stream().filter(filter).map(MilestoneItem::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(today);
        LocalDate last = items.stream().filter(filter).map(MilestoneItem::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(today);
        LocalDate from = (today.isBefore(first) ? today : first).minusDays(20);
        LocalDate until = (today.isAfter(last) ? today : last).plusDays(60);
        TimeScale scale = new TimeScale(from, PX_PER_DAY);
        double chartWidth = scale.endX(until);
        MilestoneTimeline timeline = new MilestoneTimeline(new BundleHeaderLabels(messages));
        canvas.setWidth(MilestoneTimeline.GROUP_WIDTH + chartWidth);
        canvas.setHeight(timeline.height(groups.size()));
        DisplayList list = timeline.build(new LinkedHashMap<>(groups), scale, chartWidth, today);
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        new CanvasPainter(canvas.getGraphicsContext2D()).paint(list);
    }
}

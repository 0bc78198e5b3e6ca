package cn.projectdesk.app.ui.shell;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.ProjectSummary;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left-hand navigation; the plan entry names the project whose plan is open. */
final class Navigation {
    private final VBox root = new VBox(2);
    private final ToggleGroup group = new ToggleGroup();

    Navigation(Messages messages, ObjectProperty<Section> current, ObjectProperty<ProjectSummary> project,
               Consumer<Section> onSelect, boolean auditor) {
        this(messages, current, project, onSelect, auditor, false);
    }

    Navigation(Messages messages, ObjectProperty<Section> current, ObjectProperty<ProjectSummary> project,
               Consumer<Section> onSelect, boolean auditor, boolean administrator) {
        root.getStyleClass().add("navigation");
        Label brand = new Label(messages.get("app.shortName"));
        brand.getStyleClass().add("nav-brand");
        root.getChildren().add(brand);
        root.getChildren().add(entry(messages.get("nav.home"), Section.HOME, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.projects"), Section.PROJECTS, current, onSelect));
        ToggleButton plan = entry(messages.get("nav.plan"), Section.PLAN, current, onSelect);
        plan.disableProperty().bind(project.isNull());
        root.getChildren().add(plan);
        Label planOf = new Label();
        planOf.getStyleClass().add("nav-sub");
        planOf.textProperty().bind(Bindings.createStringBinding(() -> project.get() == null ? "" : project.get().code(), project));
        planOf.visibleProperty().bind(project.isNotNull());
        planOf.managedProperty().bind(planOf.visibleProperty());
        root.getChildren().add(planOf);
        ToggleButton gantt = entry(messages.get("nav.gantt"), Section.GANTT, current, onSelect);
        gantt.disableProperty().bind(project.isNull());
        root.getChildren().add(gantt);
        root.getChildren().add(entry(messages.get("nav.milestones"), Section.MILESTONES, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.resources"), Section.RESOURCES, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.budget"), Section.BUDGET, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.contracts"), Section.CONTRACTS, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.dashboard"), Section.DASHBOARD, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.warnings"), Section.WARNINGS, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.archive"), Section.ARCHIVE, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.approvals"), Section.APPROVALS, current, onSelect));
        root.getChildren().add(entry(messages.get("nav.lifecycle"), Section.LIFECYCLE, current, onSelect));
        if (auditor) {
            root.getChildren().add(entry(messages.get("nav.audit"), Section.AUDIT, current, onSelect));
        }
        root.getChildren().add(entry(messages.get("nav.sync"), Section.SYNC, current, onSelect));
        if (administrator) {
            root.getChildren().add(entry(messages.get("nav.admin"), Section.ADMIN, current, onSelect));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(spacer, entry(messages.get("nav.settings"), Section.SETTINGS, current, onSelect));
    }

    Node node() {
        return root;
    }

    private ToggleButton entry(String text, Section section, ObjectProperty<Section> current, Consumer<Section> onSelect) {
        ToggleButton button = new ToggleButton(text);
        button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-entry");
        button.setOnAction(e -> {
            button.setSelected(current.get() == section);
            onSelect.accept(section);
        });
        current.addListener((o, old, now) -> button.setSelected(now == section));
        return button;
    }
}

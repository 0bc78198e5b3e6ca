package cn.projectdesk.app.ui.projects;

import cn.projectdesk.app.ui.common.ChoiceBoxes;
import cn.projectdesk.app.ui.common.Choice;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.Permission;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The Projects page: actions, filters and the table. */
public final class ProjectsView {
    private final ProjectsViewModel model;
    private final Messages messages;
    private final Consumer<ProjectSummary> onOpen;
    private final ProjectTable table;
    private final BorderPane root = new BorderPane();
    private final BooleanBinding noSelection;

    public ProjectsView(ProjectsViewModel model, Consumer<ProjectSummary> onOpen) {
        this.model = model;
        this.messages = model.context().messages();
        this.onOpen = onOpen;
        this.table = new ProjectTable(messages, model);
        this.noSelection = table.node().getSelectionModel().selectedItemProperty().isNull();
        root.setTop(new VBox(8, header(), actions(), filters()));
        root.setCenter(table.node());
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        BorderPane.setMargin(table.node(), new Insets(10, 0, 0, 0));
        wireTable();
    }

    public Node node() {
        return root;
    }

    public TableView<ProjectSummary> table() {
        return table.node();
    }

    public void refresh() {
        refreshAndSelect(selectedId());
    }

    private void refreshAndSelect(UUID id) {
        model.refresh(list -> select(id), this::showFailure);
    }

    private UUID selectedId() {
        ProjectSummary selected = table.node().getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.id();
    }

    private void select(UUID id) {
        if (id == null) {
            return;
        }
        table.node().getItems().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(p -> {
            table.node().getSelectionModel().select(p);
            table.node().scrollTo(p);
        });
    }

    private Node header() {
        Label title = new Label(messages.get("projects.title"));
        title.getStyleClass().add("page-title");
        Label count = new Label();
        count.setId("projects-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("projects.count",
                        model.visibleProjects().size(), model.allProjects().size()),
                model.visibleProjects(), model.allProjects()));
        HBox box = new HBox(12, title, count);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private Node actions() {
        Button create = button("projects.new", "new-project", this::createProject);
        create.setDisable(!model.may(Permission.PROJECT_CREATE));
        Button edit = button("projects.edit", "edit-project", this::editSelected);
        edit.disableProperty().bind(noSelection.or(Bindings.createBooleanBinding(() -> !model.may(Permission.PROJECT_EDIT))));
        Button delete = button("projects.delete", "delete-project", this::deleteSelected);
        delete.disableProperty().bind(noSelection.or(Bindings.createBooleanBinding(() -> !model.may(Permission.PROJECT_DELETE))));
        delete.getStyleClass().add("danger");
        Button open = button("projects.openPlan", "open-plan", this::openSelected);
        open.disableProperty().bind(noSelection);
        Button reload = button("projects.refresh", "refresh-projects", this::refresh);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, create, edit, delete, open, spacer, reload);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node filters() {
        TextField search = TextFields.createClearableTextField();
        search.setId("project-search");
        search.setPromptText(messages.get("projects.search.prompt"));
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(model.searchProperty());

        ComboBox<Choice<Integer>> year = ChoiceBoxes.following(model.years(),
                y -> new Choice<>(y, messages.format("filter.yearValue", String.valueOf(y))),
                messages.get("filter.allYears"), model.yearProperty());
        year.setId("filter-year");
        ComboBox<Choice<UUID>> department = ChoiceBoxes.following(model.units(), ChoiceBoxes::unitChoice,
                messages.get("filter.allDepartments"), model.departmentProperty());
        department.setId("filter-department");
        ComboBox<Choice<ProjectType>> type = ChoiceBoxes.create(
                ChoiceBoxes.ofEnum(ProjectType.class, messages, messages.get("filter.allTypes")), model.typeProperty());
        type.setId("filter-type");
        ComboBox<Choice<LifecycleStage>> stage = ChoiceBoxes.create(
                ChoiceBoxes.ofEnum(LifecycleStage.class, messages, messages.get("filter.allStages")), model.stageProperty());
        stage.setId("filter-stage");
        Button clear = button("filter.clear", "clear-filters", model::clearFilters);

        FlowPane box = new FlowPane(8, 8, labelled("filter.search", search), labelled("filter.year", year),
                labelled("filter.department", department), labelled("filter.type", type),
                labelled("filter.stage", stage), clear);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("filter-bar");
        return box;
    }

    private Node labelled(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void wireTable() {
        table.node().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !noSelection.get()) {
                openSelected();
            }
        });
        table.node().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !noSelection.get()) {
                openSelected();
                e.consume();
            }
        });
    }

    public void openSelected() {
        ProjectSummary selected = table.node().getSelectionModel().getSelectedItem();
        if (selected != null) {
            onOpen.accept(selected);
        }
    }

    public void createProject() {
        if (!model.may(Permission.PROJECT_CREATE)) {
            return;
        }
        ProjectEditorViewModel editor = new ProjectEditorViewModel(model.context(), model.user(), List.copyOf(model.units()), null);
        new ProjectEditorDialog(editor, root.getScene().getWindow()).showAndWait()
                .ifPresent(saved -> refreshAndSelect(saved.id()));
    }

    public void editSelected() {
        ProjectSummary selected = table.node().getSelectionModel().getSelectedItem();
        if (selected == null || !model.may(Permission.PROJECT_EDIT)) {
            return;
        }
        ProjectEditorViewModel editor = new ProjectEditorViewModel(model.context(), model.user(), List.copyOf(model.units()), selected);
        new ProjectEditorDialog(editor, root.getScene().getWindow()).showAndWait()
                .ifPresent(saved -> refreshAndSelect(saved.id()));
    }

    public void deleteSelected() {
        ProjectSummary selected = table.node().getSelectionModel().getSelectedItem();
        if (selected == null || !model.may(Permission.PROJECT_DELETE)) {
            return;
        }
        boolean sure = Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("projects.delete.title"),
                messages.format("projects.delete.question", selected.code(), selected.name()), messages.get("projects.delete"));
        if (sure) {
            model.delete(selected, this::refresh, this::showFailure);
        }
    }

    private void showFailure(Throwable failure) {
        Dialogs.showFailure(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                messages.get("projects.title"), failure);
    }
}

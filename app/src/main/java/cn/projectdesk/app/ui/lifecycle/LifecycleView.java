package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.security.UserSession;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 生命周期: one project's stage and gate, changes, acceptance and performance, and the project library. */
public final class LifecycleView {
    private final LifecycleViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final Consumer<Throwable> onFailure;
    private boolean choosing;

    public LifecycleView(AppContext context, UserSession user) {
        this.model = new LifecycleViewModel(context, user);
        this.messages = context.messages();
        this.onFailure = failure -> Dialogs.showFailure(root.getScene() == null ? null : root.getScene().getWindow(),
                messages, messages.get("nav.lifecycle"), failure);
        Label title = new Label(messages.get("lifecycle.title"));
        title.getStyleClass().add("page-title");
        ComboBox<ProjectSummary> project = new ComboBox<>(model.projects());
        project.setId("lifecycle-project");
        project.setPrefWidth(420);
        project.setCellFactory(l -> new ProjectCell());
        project.setButtonCell(new ProjectCell());
        model.project().addListener((o, old, now) -> {
            choosing = true;
            project.getSelectionModel().select(now);
            choosing = false;
        });
        project.valueProperty().addListener((o, old, now) -> {
            if (!choosing && now != null && (model.project().get() == null || !now.id().equals(model.project().get().id()))) {
                model.select(now, onFailure);
            }
        });
        HBox header = new HBox(12, title, project);
        header.setAlignment(Pos.CENTER_LEFT);
        tabs.setId("lifecycle-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("lifecycle-tab-stage", "lifecycle.tab.stage", new StagePane(model, messages, onFailure).node()),
                tab("lifecycle-tab-changes", "lifecycle.tab.changes", new ChangesPane(model, messages, onFailure).node()),
                tab("lifecycle-tab-acceptance", "lifecycle.tab.acceptance", new AcceptancePane(model, messages, onFailure).node()),
                tab("lifecycle-tab-performance", "lifecycle.tab.performance", new PerformancePane(model, messages, onFailure).node()),
                tab("lifecycle-tab-library", "lifecycle.tab.library", new LibraryPane(model, messages, onFailure).node()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(header, tabs);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
    }

    public Node node() {
        return root;
    }

    /** Reloads; shows {@code open} if given (the project open in the plan), else the one shown before. */
    public void refresh(ProjectSummary open) {
        model.refresh(open, onFailure);
    }

    public TabPane tabs() {
        return tabs;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private static final class ProjectCell extends ListCell<ProjectSummary> {
        @Override
        protected void updateItem(ProjectSummary p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.code() + "  " + p.name());
        }
    }
}

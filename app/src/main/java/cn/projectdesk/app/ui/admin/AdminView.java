package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.security.UserSession;
import java.time.Clock;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 系统管理 (administrators): users, org units, roles, the permission matrix and the approval flows, one
 * tab each. The navigation shows it only to holders of the administer permission; core refuses anyone
 * else regardless, and the panes show such a refusal as a dialog.
 */
public final class AdminView {
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final UsersPane users;
    private final OrgUnitsPane units;
    private final RolesPane roles;
    private final PermissionMatrixPane matrix;
    private final FlowEditorPane flows;

    public AdminView(AppContext context, UserSession user, Clock clock) {
        this.messages = context.messages();
        AdminModel model = new AdminModel(context, user);
        users = new UsersPane(model, messages, clock);
        units = new OrgUnitsPane(model, messages);
        roles = new RolesPane(model, messages);
        matrix = new PermissionMatrixPane(model, messages);
        flows = new FlowEditorPane(model, messages);
        tabs.setId("admin-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("admin.users", "admin-tab-users", users.node()),
                tab("admin.units", "admin-tab-units", units.node()),
                tab("admin.roles", "admin-tab-roles", roles.node()),
                tab("admin.matrix", "admin-tab-matrix", matrix.node()),
                tab("admin.flows", "admin-tab-flows", flows.node()));
        Label title = new Label(messages.get("admin.title"));
        title.getStyleClass().add("page-title");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, tabs);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
    }

    public Node node() {
        return root;
    }

    /** Reloads every tab, except the ones with unsaved edits (those keep them until saved or discarded). */
    public void refresh() {
        users.refresh(() -> {
            units.refresh();
            roles.refresh();
            if (!matrix.dirtyProperty().get()) {
                matrix.refresh();
            }
            if (!flows.dirtyProperty().get()) {
                flows.refresh();
            }
        });
    }

    /** Shows the tab at {@code index} (0 users … 4 flows). */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    public boolean hasUnsavedEdits() {
        return matrix.dirtyProperty().get() || flows.dirtyProperty().get();
    }

    /**
     * Whether the window may show another page: yes without unsaved edits; otherwise the user is asked,
     * and discarding reloads what is stored.
     */
    public boolean mayLeave() {
        if (!hasUnsavedEdits()) {
            return true;
        }
        boolean discard = Dialogs.confirm(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                messages.get("admin.title"), messages.get("admin.leave.confirm"), messages.get("admin.leave.discard"));
        if (discard) {
            matrix.refresh();
            flows.refresh();
        }
        return discard;
    }

    private Tab tab(String key, String id, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }
}

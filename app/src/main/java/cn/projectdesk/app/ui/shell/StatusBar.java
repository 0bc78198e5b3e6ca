package cn.projectdesk.app.ui.shell;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.security.UserSession;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Who is signed in, where, on which node and data folder, whether sync runs, and what just happened. */
final class StatusBar {
    private final HBox root = new HBox(10);

    StatusBar(AppContext context, UserSession user, StringProperty message, Runnable openSync) {
        Messages messages = context.messages();
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(message);
        status.setMinWidth(0);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("status-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(context.runner().busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        String node = context.core().database().nodeId();
        Label folder = item("status-folder", messages.format("status.folder", context.dataFolder().getFileName()));
        folder.setTooltip(new Tooltip(context.dataFolder().toString()));
        Label nodeLabel = item("status-node", messages.format("status.node", node.substring(0, Math.min(8, node.length()))));
        nodeLabel.setTooltip(new Tooltip(node));
        root.getChildren().addAll(busy, status, spacer,
                item("status-user", messages.format("status.user", user.displayName(), roleName(messages, user))),
                separator(), item("status-org", user.orgUnitName()),
                separator(), nodeLabel,
                separator(), folder,
                separator(), new cn.projectdesk.app.ui.sync.SyncIndicator(context.sync(), messages, openSync).node());
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    Node node() {
        return root;
    }

    static String roleName(Messages messages, UserSession user) {
        String key = "standardRole." + user.roleCode();
        String name = messages.get(key);
        return name.equals(key) ? user.roleCode() : name;
    }

    private static Label item(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }
}

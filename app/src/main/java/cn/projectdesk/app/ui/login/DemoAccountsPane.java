package cn.projectdesk.app.ui.login;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.demo.DemoData;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The demo logins, shown only while the demo data is in use; clicking one fills in the user name. */
final class DemoAccountsPane {
    private final Messages messages;
    private final StringProperty username;

    DemoAccountsPane(Messages messages, StringProperty username) {
        this.messages = messages;
        this.username = username;
    }

    Parent build() {
        Label title = new Label(messages.format("login.demo.title", LoginView.demoPassword()));
        title.setId("demo-password");
        title.getStyleClass().add("section-title");
        Label admin = new Label(messages.get("login.demo.admin"));
        admin.getStyleClass().add("hint");
        admin.setWrapText(true);

        TableView<DemoData.DemoAccount> table = new TableView<>(FXCollections.observableArrayList(DemoData.ACCOUNTS));
        table.setId("demo-accounts");
        table.getColumns().add(column("login.demo.username", a -> a.username(), 110));
        table.getColumns().add(column("login.demo.name", a -> a.displayName(), 80));
        table.getColumns().add(column("login.demo.role", a -> messages.of(a.role()), 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * DemoData.ACCOUNTS.size() + 36);
        table.setMinHeight(table.getPrefHeight());
        table.setFocusTraversable(false);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, account) -> {
            if (account != null) {
                username.set(account.username());
            }
        });
        VBox box = new VBox(8, title, table, admin);
        box.getStyleClass().add("demo-accounts");
        return box;
    }

    private TableColumn<DemoData.DemoAccount, String> column(String key,
            java.util.function.Function<DemoData.DemoAccount, String> value, double width) {
        TableColumn<DemoData.DemoAccount, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }
}

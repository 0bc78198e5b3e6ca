package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Read-only text columns for the lifecycle tables. */
final class Columns {
    private Columns() {
    }

    static <S> TableColumn<S, String> text(Messages messages, String key, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    static <S> TableView<S> table(String id, Messages messages) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(messages.get("lifecycle.empty")));
        table.setFixedCellSize(26);
        return table;
    }

    static String orBlank(Object value) {
        return value == null ? "" : value.toString();
    }
}

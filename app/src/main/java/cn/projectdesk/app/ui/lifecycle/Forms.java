package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** The small building blocks of the lifecycle forms (change request, acceptance): labelled rows, enum choices, amounts. */
final class Forms {
    private Forms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    static void row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(90);
        grid.addRow(row, l, field);
    }

    /** A choice of enum constants shown by their translated names. */
    static <E extends Enum<E>> ComboBox<E> enumBox(String id, E[] values, Messages messages) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return messages.of(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return box;
    }

    /** An amount as typed, or empty when blank or not a number (the caller says what is wrong). */
    static Optional<BigDecimal> money(String text) {
        try {
            return Formats.parseMoney(text);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}

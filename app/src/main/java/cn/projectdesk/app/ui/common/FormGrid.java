package cn.projectdesk.app.ui.common;

import cn.projectdesk.app.ui.i18n.Messages;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A three-column form: label, field, and the field's problem in red beside it. The problem column
 * keeps its width while empty so that the form does not jump while the user types.
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private final Messages messages;
    private int row;

    public FormGrid(Messages messages, double errorWidth) {
        this.messages = messages;
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        ColumnConstraints problems = new ColumnConstraints(errorWidth, errorWidth, errorWidth);
        grid.getColumnConstraints().setAll(labels, fields, problems);
    }

    public GridPane node() {
        return grid;
    }

    /** Adds a row; the error label shows the message of {@code field} in {@code errors}, if any. */
    public Label add(String labelKey, Node field, String fieldName, ObservableValue<Map<String, String>> errors) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        Label problem = errorLabel(fieldName, errors);
        grid.addRow(row++, label, field, problem);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setValignment(problem, VPos.TOP);
        return problem;
    }

    /** A row without its own label column content (e.g. a check box that carries its own text). */
    public void addWide(Node node) {
        grid.add(node, 1, row++, 2, 1);
    }

    public Label errorLabel(String fieldName, ObservableValue<Map<String, String>> errors) {
        Label problem = new Label();
        problem.setId("error-" + fieldName);
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String key = errors.getValue().get(fieldName);
            return key == null ? "" : messages.error(key);
        }, errors));
        return problem;
    }
}

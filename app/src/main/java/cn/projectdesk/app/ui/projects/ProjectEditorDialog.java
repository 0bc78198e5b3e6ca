package cn.projectdesk.app.ui.projects;

import cn.projectdesk.app.ui.common.ChoiceBoxes;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.common.FormGrid;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import java.time.LocalDate;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The project editor: one field per row, each with its problem in red beside it; Save waits for all to be right. */
public final class ProjectEditorDialog {
    private final ProjectEditorViewModel model;
    private final Messages messages;
    private final Dialog<ProjectSummary> dialog = new Dialog<>();
    private final ButtonType save;

    public ProjectEditorDialog(ProjectEditorViewModel model, Window owner) {
        this.model = model;
        this.messages = model.context().messages();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(model.isNew() ? "editor.title.new" : "editor.title.edit"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        save = new ButtonType(messages.get("editor.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setId("project-editor");
        dialog.getDialogPane().setPrefWidth(860);
        Styles.install(dialog.getDialogPane());
        wireSave();
    }

    /** The dialog itself, for tests and screenshots. */
    public Dialog<ProjectSummary> dialog() {
        return dialog;
    }

    public Optional<ProjectSummary> showAndWait() {
        return dialog.showAndWait();
    }

    private void wireSave() {
        Button button = (Button) dialog.getDialogPane().lookupButton(save);
        button.setId("editor-save");
        button.disableProperty().bind(model.canSaveBinding().not());
        // Saving runs on the worker thread: keep the dialog open until it succeeded.
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(saved -> {
                dialog.setResult(saved);
                dialog.close();
            }, failure -> Dialogs.showFailure(dialog.getDialogPane().getScene().getWindow(), messages,
                    dialog.getTitle(), failure));
        });
        dialog.setResultConverter(type -> null);
    }

    private Node form() {
        var errors = model.errorsProperty();
        FormGrid grid = new FormGrid(messages, 250);
        TextField code = text("editor-code", model.codeProperty());
        code.setPromptText(messages.get("editor.code.prompt"));
        code.setEditable(model.isNew());
        code.setFocusTraversable(model.isNew());
        grid.add("editor.code", code, "code", errors);
        grid.add("editor.name", text("editor-name", model.nameProperty()), "name", errors);
        var type = ChoiceBoxes.create(ChoiceBoxes.ofEnum(ProjectType.class, messages, null), model.typeProperty());
        type.setId("editor-type");
        type.setPromptText(messages.get("editor.choose"));
        grid.add("editor.type", type, "type", errors);
        var department = ChoiceBoxes.create(model.units().stream().map(ChoiceBoxes::unitChoice).toList(),
                model.departmentProperty());
        department.setId("editor-department");
        department.setPromptText(messages.get("editor.choose"));
        grid.add("editor.department", department, "department", errors);
        TextField year = text("editor-year", model.yearProperty());
        year.setPrefColumnCount(6);
        year.setMaxWidth(100);
        grid.add("editor.year", year, "year", errors);
        grid.add("editor.funding", funding(), "fundingSources", errors);
        var stage = ChoiceBoxes.create(ChoiceBoxes.ofEnum(LifecycleStage.class, messages, null), model.stageProperty());
        stage.setId("editor-stage");
        grid.add("editor.stage", stage, "stage", errors);
        var status = ChoiceBoxes.create(ChoiceBoxes.ofEnum(ProjectStatus.class, messages, null), model.statusProperty());
        status.setId("editor-status");
        grid.add("editor.status", status, "status", errors);
        grid.add("editor.start", date("editor-start", model.startProperty()), "plannedStart", errors);
        grid.add("editor.finish", date("editor-finish", model.finishProperty()), "plannedFinish", errors);
        grid.add("editor.budget", budget(), "approvedBudget", errors);
        TextArea description = new TextArea();
        description.setId("editor-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        grid.add("editor.description", description, "description", errors);
        return grid.node();
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Node funding() {
        FlowPane box = new FlowPane(12, 6);
        for (FundingSource source : FundingSource.values()) {
            CheckBox check = new CheckBox(messages.of(source));
            check.setId("editor-funding-" + source.name());
            check.setSelected(model.funding().contains(source));
            check.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.funding().add(source);
                } else {
                    model.funding().remove(source);
                }
            });
            box.getChildren().add(check);
        }
        return box;
    }

    private TextField budget() {
        TextField field = text("editor-budget", model.budgetProperty());
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setPromptText("0.00");
        field.setMaxWidth(220);
        // Tidy the number once the user leaves the field, not while typing (that would move the caret).
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !model.errorsProperty().get().containsKey("approvedBudget")) {
                try {
                    Formats.parseMoney(field.getText()).ifPresent(v -> field.setText(Formats.money(v)));
                } catch (NumberFormatException e) {
                    // already shown beside the field
                }
            }
        });
        return field;
    }

    private static DatePicker date(String id, javafx.beans.property.ObjectProperty<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return property.get(); // unreadable text: keep the last good date rather than guess
                }
            }
        });
        picker.setPromptText("2026-01-31");
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }
}

package cn.projectdesk.app.ui.archive;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.archive.AccessLevel;
import cn.projectdesk.core.archive.ArchiveDraft;
import cn.projectdesk.core.archive.DocumentType;
import cn.projectdesk.core.project.LifecycleStage;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The "file a document" form: stage, type, title, restricted, notes; the file is chosen after it. */
final class ArchiveDialogs {
    private ArchiveDialogs() {
    }

    /** What the form collects; the file name comes from the file chosen next. */
    record DraftInput(LifecycleStage stage, DocumentType type, String title, AccessLevel access, String notes) {
        ArchiveDraft toDraft(String fileName) {
            return new ArchiveDraft(stage, type, title == null || title.isBlank() ? fileName : title, fileName, access, notes);
        }
    }

    static Optional<DraftInput> askDraft(Window owner, Messages messages) {
        Dialog<DraftInput> dialog = new Dialog<>();
        dialog.setTitle(messages.get("archive.add"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ChoiceBox<LifecycleStage> stage = choice(LifecycleStage.values(), messages);
        stage.setValue(LifecycleStage.IMPLEMENTATION);
        ChoiceBox<DocumentType> type = choice(DocumentType.values(), messages);
        type.setValue(DocumentType.OTHER);
        TextField title = new TextField();
        title.setPromptText(messages.get("archive.titlePrompt"));
        TextField notes = new TextField();
        CheckBox restricted = new CheckBox(messages.get("archive.restricted"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("archive.column.stage")), stage);
        grid.addRow(1, new Label(messages.get("archive.column.type")), type);
        grid.addRow(2, new Label(messages.get("archive.column.title")), title);
        grid.addRow(3, new Label(messages.get("archive.notes")), notes);
        grid.add(restricted, 1, 4);
        dialog.getDialogPane().setContent(grid);
        ButtonType choose = new ButtonType(messages.get("archive.chooseFile"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(choose, Dialogs.cancel(messages));
        dialog.setResultConverter(b -> b == choose ? new DraftInput(stage.getValue(), type.getValue(), title.getText(),
                restricted.isSelected() ? AccessLevel.RESTRICTED : AccessLevel.PROJECT, notes.getText()) : null);
        return dialog.showAndWait();
    }

    private static <E extends Enum<E>> ChoiceBox<E> choice(E[] values, Messages messages) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return messages.of(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        return box;
    }
}

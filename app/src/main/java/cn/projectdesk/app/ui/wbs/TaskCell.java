package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.core.project.TaskRow;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.util.StringConverter;

/**
 * A text cell that edits in place, but only on rows where that makes sense (e.g. not the duration of
 * a summary task, which its subtasks decide).
 */
final class TaskCell<T> extends TextFieldTreeTableCell<TaskRow, T> {
    private final Predicate<TaskRow> editable;

    TaskCell(StringConverter<T> converter, Predicate<TaskRow> editable, Pos alignment) {
        super(converter);
        this.editable = editable;
        setAlignment(alignment);
    }

    @Override
    public void startEdit() {
        TaskRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && editable.test(row)) {
            super.startEdit();
        }
    }
}

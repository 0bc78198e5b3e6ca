package cn.projectdesk.app.ui.wbs;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.TaskRow;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.util.StringConverter;

/**
 * The WBS tree table: columns, in-place editors and row styles. Edits are handed to the view model
 * as commands; the table itself never changes its rows, it waits for the reload.
 */
final class WbsTable {
    static final PseudoClass SUMMARY = PseudoClass.getPseudoClass("summary");
    static final PseudoClass MILESTONE = PseudoClass.getPseudoClass("milestone");

    private final WbsViewModel model;
    private final Messages messages;
    private final Runnable onInvalidInput;
    private final TreeTableView<TaskRow> table = new TreeTableView<>(new TreeItem<>());
    private TreeTableColumn<TaskRow, String> nameColumn;

    WbsTable(WbsViewModel model, Runnable onInvalidInput) {
        this.model = model;
        this.messages = model.messages();
        this.onInvalidInput = onInvalidInput;
        table.setId("wbs-table");
        table.setShowRoot(false);
        table.setEditable(model.canEdit());
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(new Label(messages.get("wbs.empty")));
        table.setRowFactory(t -> new StyledRow());
        addColumns();
    }

    TreeTableView<TaskRow> node() {
        return table;
    }

    TreeTableColumn<TaskRow, String> nameColumn() {
        return nameColumn;
    }

    private void addColumns() {
        TreeTableColumn<TaskRow, String> wbs = column("wbs.column.wbs", TaskRow::wbsCode, 90);
        nameColumn = column("wbs.column.name", TaskRow::name, 300);
        nameColumn.setCellFactory(c -> new TaskCell<>(identity(), r -> true, Pos.CENTER_LEFT));
        nameColumn.setOnEditCommit(e -> model.rename(e.getRowValue().getValue(), e.getNewValue()));
        TreeTableColumn<TaskRow, Integer> duration = column("wbs.column.duration", TaskRow::durationDays, 118);
        duration.setCellFactory(c -> new TaskCell<>(number(""), r -> !r.summary(), Pos.CENTER_RIGHT));
        duration.setOnEditCommit(e -> withNumber(e.getNewValue(), n -> model.setDuration(e.getRowValue().getValue(), n)));
        TreeTableColumn<TaskRow, LocalDate> start = dateColumn("wbs.column.start", TaskRow::start);
        TreeTableColumn<TaskRow, LocalDate> finish = dateColumn("wbs.column.finish", TaskRow::finish);
        TreeTableColumn<TaskRow, Integer> percent = column("wbs.column.percent", TaskRow::percentComplete, 80);
        percent.setCellFactory(c -> new TaskCell<>(number("%"), r -> !r.summary(), Pos.CENTER_RIGHT));
        percent.setOnEditCommit(e -> withNumber(e.getNewValue(), n -> model.setPercentComplete(e.getRowValue().getValue(), n)));
        TreeTableColumn<TaskRow, Boolean> milestone = column("wbs.column.milestone", TaskRow::milestone, 64);
        milestone.setCellFactory(c -> plain(m -> m ? "◆" : "", Pos.CENTER));
        milestone.setEditable(false);
        TreeTableColumn<TaskRow, String> predecessors = column("wbs.column.predecessors", TaskRow::predecessors, 150);
        predecessors.setCellFactory(c -> new TaskCell<>(identity(), r -> true, Pos.CENTER_LEFT));
        predecessors.setOnEditCommit(e -> model.setPredecessors(e.getRowValue().getValue(),
                e.getNewValue() == null ? "" : e.getNewValue()));
        wbs.setEditable(false);
        start.setEditable(false);
        finish.setEditable(false);
        table.getColumns().setAll(java.util.List.of(wbs, nameColumn, duration, start, finish, percent, milestone, predecessors));
        table.setTreeColumn(nameColumn);
        table.getColumns().forEach(c -> c.setSortable(false));
    }

    private <T> TreeTableColumn<TaskRow, T> column(String key, Function<TaskRow, T> value, double width) {
        TreeTableColumn<TaskRow, T> column = new TreeTableColumn<>(messages.get(key));
        column.setId(key.substring(key.lastIndexOf('.') + 1));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue() == null ? null
                : value.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TreeTableColumn<TaskRow, LocalDate> dateColumn(String key, Function<TaskRow, LocalDate> value) {
        TreeTableColumn<TaskRow, LocalDate> column = column(key, value, 100);
        column.setCellFactory(c -> plain(Formats::date, Pos.CENTER));
        return column;
    }

    private void withNumber(Integer value, java.util.function.IntConsumer action) {
        if (value == null) {
            onInvalidInput.run();
        } else {
            action.accept(value);
        }
    }

    private static StringConverter<String> identity() {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    /** Whole numbers, optionally shown with a unit; unreadable input becomes null for the commit handler. */
    private static StringConverter<Integer> number(String unit) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + unit;
            }

            @Override
            public Integer fromString(String s) {
                String digits = s == null ? "" : s.strip().replace(unit.isEmpty() ? " " : unit, "").strip();
                try {
                    return Integer.valueOf(digits);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        };
    }

    private static <T> TreeTableCell<TaskRow, T> plain(Function<T, String> format, Pos alignment) {
        TreeTableCell<TaskRow, T> cell = new TreeTableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setAlignment(alignment);
        return cell;
    }

    /** Summary rows bold and tinted, milestones marked, so the plan's shape reads at a glance. */
    private static final class StyledRow extends TreeTableRow<TaskRow> {
        @Override
        protected void updateItem(TaskRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(SUMMARY, !empty && item != null && item.summary());
            pseudoClassStateChanged(MILESTONE, !empty && item != null && item.milestone());
        }
    }
}

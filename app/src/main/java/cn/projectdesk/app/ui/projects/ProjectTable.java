package cn.projectdesk.app.ui.projects;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.ProjectSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The projects table: columns, formatting and sorting. Users hide columns from the header's menu. */
final class ProjectTable {
    private final Messages messages;
    private final TableView<ProjectSummary> table = new TableView<>();

    ProjectTable(Messages messages, ProjectsViewModel model) {
        this.messages = messages;
        table.setId("projects-table");
        table.setTableMenuButtonVisible(true);
        SortedList<ProjectSummary> sorted = new SortedList<>(model.visibleProjects());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("projects.empty")));
        addColumns();
    }

    TableView<ProjectSummary> node() {
        return table;
    }

    private void addColumns() {
        TableColumn<ProjectSummary, String> code = text("projects.column.code", ProjectSummary::code, 110);
        table.getColumns().add(code);
        table.getColumns().add(text("projects.column.name", ProjectSummary::name, 220));
        table.getColumns().add(text("projects.column.type", p -> messages.of(p.type()), 120));
        table.getColumns().add(text("projects.column.department", ProjectSummary::departmentName, 120));
        TableColumn<ProjectSummary, Integer> year = column("projects.column.year", ProjectSummary::year, 56);
        year.setStyle("-fx-alignment: CENTER;");
        table.getColumns().add(year);
        table.getColumns().add(enumColumn("projects.column.stage", ProjectSummary::stage, 100));
        table.getColumns().add(enumColumn("projects.column.status", ProjectSummary::status, 70));
        table.getColumns().add(money());
        table.getColumns().add(text("projects.column.owner", p -> p.ownerName() == null ? "" : p.ownerName(), 70));
        TableColumn<ProjectSummary, LocalDate> start = date("projects.column.start", ProjectSummary::plannedStart);
        start.setVisible(false);
        table.getColumns().add(start);
        table.getColumns().add(date("projects.column.finish", ProjectSummary::plannedFinish));
        TableColumn<ProjectSummary, String> funding = text("projects.column.funding", this::funding, 200);
        funding.setVisible(false);
        table.getColumns().add(funding);
        table.getSortOrder().add(code);
        // Columns share the width, so the budget never hides behind a horizontal scroll bar.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().forEach(c -> c.setMinWidth(Math.min(c.getPrefWidth(), 60)));
    }

    private String funding(ProjectSummary p) {
        return p.fundingSources().stream().sorted().map(messages::of).collect(Collectors.joining("、"));
    }

    private <T> TableColumn<ProjectSummary, T> column(String key, Function<ProjectSummary, T> value, double width) {
        TableColumn<ProjectSummary, T> column = new TableColumn<>(messages.get(key));
        column.setId(key.substring(key.lastIndexOf('.') + 1));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<ProjectSummary, String> text(String key, Function<ProjectSummary, String> value, double width) {
        return column(key, value, width);
    }

    /** Sorted by lifecycle order, shown by translated name. */
    private <E extends Enum<E>> TableColumn<ProjectSummary, E> enumColumn(String key, Function<ProjectSummary, E> value,
                                                                          double width) {
        TableColumn<ProjectSummary, E> column = column(key, value, width);
        column.setCellFactory(c -> formatted(messages::of, Pos.CENTER_LEFT));
        return column;
    }

    private TableColumn<ProjectSummary, LocalDate> date(String key, Function<ProjectSummary, LocalDate> value) {
        TableColumn<ProjectSummary, LocalDate> column = column(key, value, 108);
        column.setCellFactory(c -> formatted(Formats::date, Pos.CENTER));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return column;
    }

    private TableColumn<ProjectSummary, BigDecimal> money() {
        TableColumn<ProjectSummary, BigDecimal> column = column("projects.column.budget", ProjectSummary::approvedBudget, 130);
        column.setCellFactory(c -> formatted(Formats::money, Pos.CENTER_RIGHT));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.getStyleClass().add("money");
        return column;
    }

    private static <T> TableCell<ProjectSummary, T> formatted(Function<T, String> format, Pos alignment) {
        TableCell<ProjectSummary, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setAlignment(alignment);
        return cell;
    }
}

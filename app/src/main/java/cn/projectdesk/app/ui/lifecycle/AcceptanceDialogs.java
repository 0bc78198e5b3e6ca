package cn.projectdesk.app.ui.lifecycle;

import cn.projectdesk.app.ui.common.IsoDateConverter;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.acceptance.AcceptanceKind;
import cn.projectdesk.core.acceptance.CheckResult;
import cn.projectdesk.core.acceptance.ExpertRow;
import cn.projectdesk.core.archive.ArchiveDocumentRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.Callback;
import javafx.util.StringConverter;

/** The acceptance forms: plan, panel (draw or pick), a check's result, an expert's opinion, the conclusion, closing a 整改 item. */
final class AcceptanceDialogs {
    /** A planned acceptance: kind, date, supplier (blank: the largest contract's), checklist lines. */
    record Plan(AcceptanceKind kind, LocalDate plannedOn, String supplier, List<String> checklist) {
    }

    /** Either a panel to draw of {@code size}, or one expert to seat. */
    record Seat(int size, ExpertRow expert) {
    }

    record Conclusion(LocalDate heldOn, String text, String owner, LocalDate due) {
    }

    private AcceptanceDialogs() {
    }

    static Optional<Plan> plan(Window owner, Messages messages, LocalDate today) {
        ComboBox<AcceptanceKind> kind = Forms.enumBox("acceptance-kind", AcceptanceKind.values(), messages);
        kind.setValue(AcceptanceKind.PRELIMINARY);
        DatePicker on = date("acceptance-date", today);
        TextField supplier = new TextField();
        supplier.setId("acceptance-supplier");
        supplier.setPromptText(messages.get("lifecycle.acceptance.supplierHint"));
        TextArea checklist = area("acceptance-checklist", 5);
        checklist.setPromptText(messages.get("lifecycle.acceptance.checklistHint"));
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lifecycle.acceptance.kind"), kind);
        Forms.row(grid, 1, messages.get("lifecycle.acceptance.planned"), on);
        Forms.row(grid, 2, messages.get("lifecycle.acceptance.supplier"), supplier);
        Forms.row(grid, 3, messages.get("lifecycle.acceptance.check"), checklist);
        return show(owner, messages, "lifecycle.acceptance.new", grid,
                kind.valueProperty().isNull().or(on.valueProperty().isNull()).or(checklist.textProperty().isEmpty()),
                () -> new Plan(kind.getValue(), on.getValue(), supplier.getText(), Arrays.stream(checklist.getText().split("\\R"))
                        .map(String::strip).filter(l -> !l.isEmpty()).toList()));
    }

    /** Draw a panel by lot, or pick one expert from those eligible (the supplier's organisation is already left out). */
    static Optional<Seat> seat(Window owner, Messages messages, List<ExpertRow> eligible) {
        Spinner<Integer> size = new Spinner<>(3, 15, 5, 2);
        size.setId("panel-size");
        ComboBox<ExpertRow> expert = new ComboBox<>(FXCollections.observableArrayList(eligible));
        expert.setId("panel-expert");
        expert.setPrefWidth(380);
        expert.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExpertRow e) {
                return e == null ? "" : e.name() + "  " + e.field() + "  " + e.organisation();
            }

            @Override
            public ExpertRow fromString(String s) {
                return null;
            }
        });
        expert.setPromptText(messages.get("lifecycle.panel.drawInstead"));
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lifecycle.panel.size"), size);
        Forms.row(grid, 1, messages.get("lifecycle.panel.pick"), expert);
        return show(owner, messages, "lifecycle.panel.title", grid, new javafx.beans.property.SimpleBooleanProperty(false),
                () -> new Seat(size.getValue(), expert.getValue()));
    }

    static Optional<AcceptanceCommands.CheckValue> check(Window owner, Messages messages, String item) {
        ComboBox<CheckResult> result = Forms.enumBox("check-result", new CheckResult[] {CheckResult.PASS, CheckResult.FAIL},
                messages);
        result.setValue(CheckResult.PASS);
        TextArea note = area("check-note", 3);
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lifecycle.acceptance.check"), new javafx.scene.control.Label(item));
        Forms.row(grid, 1, messages.get("lifecycle.acceptance.result"), result);
        Forms.row(grid, 2, messages.get("lifecycle.acceptance.note"), note);
        return show(owner, messages, "lifecycle.acceptance.recordCheck", grid, result.valueProperty().isNull(),
                () -> new AcceptanceCommands.CheckValue(result.getValue(), note.getText().isBlank() ? null : note.getText().strip()));
    }

    static Optional<AcceptanceCommands.OpinionValue> opinion(Window owner, Messages messages, String expert) {
        TextArea opinion = area("opinion-text", 4);
        TextField score = new TextField();
        score.setId("opinion-score");
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lifecycle.acceptance.expert"), new javafx.scene.control.Label(expert));
        Forms.row(grid, 1, messages.get("lifecycle.acceptance.opinion"), opinion);
        Forms.row(grid, 2, messages.get("lifecycle.acceptance.score"), score);
        return show(owner, messages, "lifecycle.acceptance.recordOpinion", grid,
                opinion.textProperty().isEmpty().or(score.textProperty().isEmpty()),
                () -> new AcceptanceCommands.OpinionValue(opinion.getText().strip(), Forms.money(score.getText()).orElse(BigDecimal.valueOf(-1))));
    }

    static Optional<Conclusion> conclude(Window owner, Messages messages, LocalDate today, String defaultOwner) {
        DatePicker held = date("conclude-held", today);
        TextArea text = area("conclude-text", 3);
        TextField ownerName = new TextField(defaultOwner);
        ownerName.setId("conclude-owner");
        DatePicker due = date("conclude-due", today.plusDays(30));
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lifecycle.acceptance.held"), held);
        Forms.row(grid, 1, messages.get("lifecycle.acceptance.conclusion"), text);
        Forms.row(grid, 2, messages.get("lifecycle.rectification.owner"), ownerName);
        Forms.row(grid, 3, messages.get("lifecycle.rectification.due"), due);
        return show(owner, messages, "lifecycle.acceptance.conclude", grid,
                held.valueProperty().isNull().or(text.textProperty().isEmpty()),
                () -> new Conclusion(held.getValue(), text.getText().strip(), ownerName.getText().strip(), due.getValue()));
    }

    /** The evidence of a fix: a document of the project's archive (its number and title) and/or a note. */
    static Optional<String> closing(Window owner, Messages messages, String item, List<ArchiveDocumentRow> archive) {
        ComboBox<ArchiveDocumentRow> document = new ComboBox<>(FXCollections.observableArrayList(archive));
        document.setId("rectification-document");
        document.setPrefWidth(420);
        document.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArchiveDocumentRow d) {
                return d == null ? "" : d.number() + "  " + d.title();
            }

            @Override
            public ArchiveDocumentRow fromString(String s) {
                return null;
            }
        });
        document.setPromptText(messages.get(archive.isEmpty() ? "lifecycle.rectification.noDocuments"
                : "lifecycle.rectification.pickDocument"));
        TextArea note = area("rectification-note", 3);
        GridPane grid = Forms.grid();
        Forms.row(grid, 0, messages.get("lifecycle.rectification.item"), new javafx.scene.control.Label(item));
        Forms.row(grid, 1, messages.get("lifecycle.rectification.document"), document);
        Forms.row(grid, 2, messages.get("lifecycle.acceptance.note"), note);
        return show(owner, messages, "lifecycle.rectification.close", grid,
                document.valueProperty().isNull().and(note.textProperty().isEmpty()),
                () -> evidence(document.getValue(), note.getText()));
    }

    static String evidence(ArchiveDocumentRow document, String note) {
        String doc = document == null ? "" : document.number() + " " + document.title();
        String text = note == null ? "" : note.strip();
        return doc.isEmpty() ? text : text.isEmpty() ? doc : doc + "；" + text;
    }

    private static DatePicker date(String id, LocalDate value) {
        DatePicker picker = IsoDateConverter.apply(new DatePicker(value));
        picker.setId(id);
        return picker;
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static <T> Optional<T> show(Window owner, Messages messages, String titleKey, Node content,
                                        javafx.beans.value.ObservableBooleanValue incomplete, java.util.function.Supplier<T> result) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(messages.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                incomplete::get, incomplete));
        Callback<ButtonType, T> converter = b -> b == ok ? result.get() : null;
        dialog.setResultConverter(converter);
        return dialog.showAndWait();
    }
}

package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.Styles;
import cn.projectdesk.app.ui.gantt.export.GanttExporter;
import cn.projectdesk.app.ui.gantt.export.GanttPages;
import cn.projectdesk.app.ui.gantt.export.Paper;
import cn.projectdesk.app.ui.gantt.export.PrintRequest;
import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;

/** Asks paper, orientation and date range, then a file, and exports off the FX thread. */
final class GanttExportDialog {
    private GanttExportDialog() {
    }

    static void pdf(GanttView view, GanttViewModel model) {
        GanttData data = model.dataProperty().get();
        GanttModel chart = model.modelProperty().get();
        if (data == null || chart == null) {
            return;
        }
        Messages messages = model.messages();
        ChoiceBox<Paper> paper = new ChoiceBox<>();
        paper.getItems().setAll(Paper.values());
        paper.setValue(Paper.A4);
        CheckBox portrait = new CheckBox(messages.get("gantt.export.portrait"));
        LocalDate[] range = GanttPages.range(chart, new PrintRequest(Paper.A4, false, null, null), model.context().today());
        DatePicker from = cn.projectdesk.app.ui.common.IsoDateConverter.apply(new DatePicker(range[0]));
        DatePicker until = cn.projectdesk.app.ui.common.IsoDateConverter.apply(new DatePicker(range[1]));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("gantt.export.paper")), paper, portrait);
        grid.addRow(1, new Label(messages.get("gantt.export.from")), from);
        grid.addRow(2, new Label(messages.get("gantt.export.until")), until);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(view.window());
        dialog.setTitle(messages.get("gantt.export.pdf"));
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = Dialogs.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(messages));
        Styles.install(dialog.getDialogPane());
        if (dialog.showAndWait().filter(b -> b == ok).isEmpty()) {
            return;
        }
        File file = chooser(messages, data, "pdf").showSaveDialog(view.window());
        if (file == null) {
            return;
        }
        PrintRequest request;
        try {
            request = new PrintRequest(paper.getValue(), portrait.isSelected(), from.getValue(), until.getValue());
        } catch (IllegalArgumentException e) {
            view.showMessage(messages.get("gantt.export.badRange"));
            return;
        }
        var texts = GanttPrintTexts.of(messages, data.project(), model.context().today(), GanttColumns.defaults(), model.showBaseline());
        ChartOptions options = options(model, data);
        model.context().runner().run(() -> GanttExporter.pdf(chart, request, options, texts, file.toPath()),
                pages -> view.showMessage(messages.format("gantt.export.done", file, pages)),
                failure -> Dialogs.showFailure(view.window(), messages, messages.get("gantt.export.pdf"), failure));
    }

    static void png(GanttView view, GanttViewModel model) {
        GanttData data = model.dataProperty().get();
        GanttModel chart = model.modelProperty().get();
        if (data == null || chart == null) {
            return;
        }
        Messages messages = model.messages();
        File file = chooser(messages, data, "png").showSaveDialog(view.window());
        if (file == null) {
            return;
        }
        LocalDate[] range = GanttPages.range(chart, new PrintRequest(Paper.A4, false, null, null), model.context().today());
        double px = view.chart().scale().pxPerDay();
        var texts = GanttPrintTexts.of(messages, data.project(), model.context().today(), GanttColumns.defaults(), model.showBaseline());
        ChartOptions options = options(model, data);
        Path target = file.toPath();
        model.context().runner().run(() -> {
            GanttExporter.png(chart, options, texts, range[0], range[1], px, target);
            return 1;
        }, done -> view.showMessage(messages.format("gantt.export.done", file, done)),
                failure -> Dialogs.showFailure(view.window(), messages, messages.get("gantt.export.png"), failure));
    }

    private static ChartOptions options(GanttViewModel model, GanttData data) {
        return new ChartOptions(model.context().today(), data.statusDate(), model.showBaseline(), false, -1, data::workingDay);
    }

    private static FileChooser chooser(Messages messages, GanttData data, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(data.project().code() + "-gantt." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        chooser.setTitle(messages.get("gantt.export." + extension));
        return chooser;
    }
}

package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.gantt.export.GanttPages;
import cn.projectdesk.app.ui.gantt.export.Paper;
import cn.projectdesk.app.ui.gantt.export.PrintRequest;
import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.paint.CanvasPainter;
import cn.projectdesk.app.ui.i18n.Messages;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PrinterJob;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Scale;

/**
 * Prints the Gantt through the system's printer dialog: the same pages as the PDF export (table columns
 * repeated, header, legend, page x/y), laid out for the paper and orientation chosen in the dialog and
 * scaled into the printer's printable area.
 */
final class GanttPrinting {
    private GanttPrinting() {
    }

    static void print(GanttView view, GanttViewModel model) {
        GanttData data = model.dataProperty().get();
        GanttModel chart = model.modelProperty().get();
        if (data == null || chart == null) {
            return;
        }
        Messages messages = model.messages();
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            view.showMessage(messages.get("gantt.print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(view.window())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean portrait = layout.getPageOrientation() == PageOrientation.PORTRAIT
                || layout.getPageOrientation() == PageOrientation.REVERSE_PORTRAIT;
        PrintRequest request = new PrintRequest(paperFor(layout.getPaper().getWidth(), layout.getPaper().getHeight()),
                portrait, null, null);
        var texts = GanttPrintTexts.of(messages, data.project(), model.context().today(), GanttColumns.defaults(), model.showBaseline());
        ChartOptions options = new ChartOptions(model.context().today(), data.statusDate(), model.showBaseline(), false, -1,
                data::workingDay);
        List<DisplayList> pages = GanttPages.build(chart, request, options, texts);
        double scale = fit(request, layout.getPrintableWidth(), layout.getPrintableHeight());
        int printed = 0;
        for (DisplayList page : pages) {
            Canvas canvas = new Canvas(request.paper().width(portrait), request.paper().height(portrait));
            new CanvasPainter(canvas.getGraphicsContext2D()).paint(page);
            canvas.getTransforms().add(new Scale(scale, scale));
            if (!job.printPage(layout, canvas)) {
                break;
            }
            printed++;
        }
        boolean done = printed == pages.size() && job.endJob();
        if (!done) {
            job.cancelJob();
        }
        view.showMessage(done ? messages.format("gantt.print.done", printed, job.getPrinter().getName())
                : messages.format("gantt.print.failed", String.valueOf(job.getJobStatus())));
    }

    /** A3 when the printer's paper is at least as large as A3 (either way round), else A4. */
    static Paper paperFor(double widthPt, double heightPt) {
        double shortSide = Math.min(widthPt, heightPt);
        return shortSide >= Paper.A3.width(true) - 2 ? Paper.A3 : Paper.A4;
    }

    /** The scale that fits a laid-out page into the printable area, never enlarging it. */
    static double fit(PrintRequest request, double printableWidth, double printableHeight) {
        double w = request.paper().width(request.portrait());
        double h = request.paper().height(request.portrait());
        return Math.min(1, Math.min(printableWidth / w, printableHeight / h));
    }
}

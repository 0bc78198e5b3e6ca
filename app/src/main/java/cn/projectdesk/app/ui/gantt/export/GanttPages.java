package cn.projectdesk.app.ui.gantt.export;

import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.ChartSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.Ink;
import cn.projectdesk.app.ui.gantt.layout.RowMetrics;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.gantt.layout.TableColumnSpec;
import cn.projectdesk.app.ui.gantt.layout.TableSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.app.ui.gantt.layout.Viewport;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits the Gantt into printed pages: the date range is fitted to the page width when that stays
 * readable (at least {@link #MIN_PT_PER_DAY}), else it runs over several pages side by side; rows run
 * down the pages. Every page repeats the table columns, the header tiers, and carries the title,
 * the print date, "page x/y" and the legend. Coordinates are points, y downwards.
 */
public final class GanttPages {
    static final double MARGIN = 28;
    static final double TITLE_HEIGHT = 26;
    static final double FOOTER_HEIGHT = 22;
    static final double MIN_PT_PER_DAY = 0.6;
    static final double TABLE_SHARE = 0.55;
    static final double MAX_PT_PER_DAY = 18;
    public static final RowMetrics PRINT_METRICS = new RowMetrics(18, 32);

    private GanttPages() {
    }

    /** The date range printed when none is asked for: the project with a few days either side. */
    public static LocalDate[] range(GanttModel model, PrintRequest request, LocalDate today) {
        LocalDate start = model.start() == null ? today : model.start();
        LocalDate finish = model.finish() == null ? today.plusDays(30) : model.finish();
        LocalDate from = request.from() != null ? request.from() : start.minusDays(3);
        LocalDate until = request.until() != null ? request.until() : finish.plusDays(10);
        return new LocalDate[] {from, until};
    }

    public static List<DisplayList> build(GanttModel model, PrintRequest request, ChartOptions options, PrintTexts texts) {
        RowMetrics m = PRINT_METRICS;
        double pageW = request.paper().width(request.portrait());
        double pageH = request.paper().height(request.portrait());
        List<TableColumnSpec> columns = fitColumns(texts.columns(), pageW - 2 * MARGIN);
        double tableW = TableSceneBuilder.width(columns);
        double chartW = pageW - 2 * MARGIN - tableW;
        LocalDate[] range = range(model, request, options.today() == null ? LocalDate.now() : options.today());
        long days = range[1].toEpochDay() - range[0].toEpochDay() + 1;
        double perDay = Math.min(MAX_PT_PER_DAY, Math.max(MIN_PT_PER_DAY, chartW / days));
        TimeScale scale = new TimeScale(range[0], perDay);
        int columnsOfPages = (int) Math.max(1, Math.ceil(days * perDay / chartW - 1e-9));
        double bodyH = pageH - 2 * MARGIN - TITLE_HEIGHT - FOOTER_HEIGHT;
        int rowsPerPage = (int) Math.max(1, Math.floor((bodyH - m.headerHeight()) / m.rowHeight()));
        int rowPages = (int) Math.max(1, Math.ceil(model.rowCount() / (double) rowsPerPage));
        int total = rowPages * columnsOfPages;
        ChartSceneBuilder chart = new ChartSceneBuilder(m, texts.headerLabels());
        TableSceneBuilder table = new TableSceneBuilder(m);
        List<DisplayList> pages = new ArrayList<>(total);
        double top = MARGIN + TITLE_HEIGHT;
        int rowsHere;
        for (int rp = 0; rp < rowPages; rp++) {
            rowsHere = Math.min(rowsPerPage, model.rowCount() - rp * rowsPerPage);
            double height = m.headerHeight() + Math.max(1, rowsHere) * m.rowHeight();
            double scrollY = rp * rowsPerPage * m.rowHeight();
            for (int cp = 0; cp < columnsOfPages; cp++) {
                DisplayList page = new DisplayList();
                page.add(new Shape.Rect(0, 0, pageW, pageH, Ink.BACKGROUND));
                DisplayList part = new DisplayList();
                table.build(part, model, columns, scrollY, height, -1, java.util.Set.of());
                page.addAll(part, MARGIN, top);
                part.clear();
                double width = Math.min(chartW, days * perDay - cp * chartW);
                chart.build(part, model, scale, new Viewport(cp * chartW, scrollY, width, height), options);
                page.addAll(part, MARGIN + tableW, top);
                page.add(Shape.Clip.NONE);
                frame(page, MARGIN, top, tableW + width, height);
                decorate(page, texts, pageW, pageH, pages.size() + 1, total);
                pages.add(page);
            }
        }
        return pages;
    }

    /**
     * The table may take at most {@link #TABLE_SHARE} of the printable width (portrait A4 is narrow):
     * columns are dropped from the right, keeping the tree column, which is narrowed last.
     */
    static List<TableColumnSpec> fitColumns(List<TableColumnSpec> columns, double printable) {
        double room = printable * TABLE_SHARE;
        List<TableColumnSpec> kept = new ArrayList<>(columns);
        for (int i = kept.size() - 1; i >= 0 && TableSceneBuilder.width(kept) > room; i--) {
            if (!kept.get(i).tree()) {
                kept.remove(i);
            }
        }
        double over = TableSceneBuilder.width(kept) - room;
        if (over > 0) {
            for (int i = 0; i < kept.size(); i++) {
                TableColumnSpec c = kept.get(i);
                if (c.tree()) {
                    kept.set(i, new TableColumnSpec(c.id(), c.header(), Math.max(90, c.width() - over), c.align(), true, c.value()));
                }
            }
        }
        return kept;
    }

    private static void frame(DisplayList page, double x, double y, double w, double h) {
        page.add(new Shape.Line(x, y, x + w, y, Ink.HEADER_LINE));
        page.add(new Shape.Line(x, y + h, x + w, y + h, Ink.HEADER_LINE));
        page.add(new Shape.Line(x, y, x, y + h, Ink.HEADER_LINE));
        page.add(new Shape.Line(x + w, y, x + w, y + h, Ink.HEADER_LINE));
    }

    private static void decorate(DisplayList page, PrintTexts texts, double pageW, double pageH, int number, int total) {
        page.add(new Shape.Text(MARGIN, MARGIN + 12, texts.title(), 13, Shape.Align.LEFT, Ink.TABLE_TEXT_BOLD));
        page.add(new Shape.Text(pageW - MARGIN, MARGIN + 12, texts.printedOn(), 9, Shape.Align.RIGHT, Ink.PAGE_TEXT));
        double y = pageH - MARGIN - 6;
        page.add(new Shape.Text(pageW - MARGIN, y, MessageFormat.format(texts.pagePattern(), number, total), 9,
                Shape.Align.RIGHT, Ink.PAGE_TEXT));
        double x = MARGIN;
        for (Map.Entry<Ink, String> entry : texts.legend().entrySet()) {
            x = legendEntry(page, entry.getKey(), entry.getValue(), x, y);
        }
    }

    private static double legendEntry(DisplayList page, Ink ink, String label, double x, double y) {
        double cy = y - 3;
        switch (ink) {
            case MILESTONE -> page.add(new Shape.Diamond(x + 5, cy, 8, ink));
            case TODAY, STATUS_DATE -> page.add(new Shape.Line(x + 5, cy - 5, x + 5, cy + 5, ink));
            case BASELINE -> page.add(new Shape.Rect(x, cy - 1.5, 14, 3, ink));
            case SUMMARY -> page.add(new Shape.Rect(x, cy - 2.5, 14, 5, ink));
            default -> page.add(new Shape.Rect(x, cy - 4, 14, 8, ink));
        }
        page.add(new Shape.Text(x + 18, y, label, 8, Shape.Align.LEFT, Ink.PAGE_TEXT));
        return x + 18 + cn.projectdesk.app.ui.gantt.layout.TextFit.width(label, 8) + 12;
    }
}

package cn.projectdesk.app.ui.gantt.export;

import cn.projectdesk.app.ui.gantt.layout.HeaderLabels;
import cn.projectdesk.app.ui.gantt.layout.Ink;
import cn.projectdesk.app.ui.gantt.layout.TableColumnSpec;
import java.util.List;
import java.util.Map;

/**
 * The already translated texts of a printout: title, "printed on" line, page number pattern
 * (two arguments: page, pages), legend entries by ink, header labels and table columns.
 */
public record PrintTexts(String title, String printedOn, String pagePattern, Map<Ink, String> legend,
                         HeaderLabels headerLabels, List<TableColumnSpec> columns) {
}

package cn.projectdesk.app.ui.gantt.layout;

import java.util.function.Function;

/** One column of the task table beside the chart; the tree column indents by level and shows the expander. */
public record TableColumnSpec(String id, String header, double width, Shape.Align align, boolean tree,
                              Function<GanttRow, String> value) {
}

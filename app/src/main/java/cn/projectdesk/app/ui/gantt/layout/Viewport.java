package cn.projectdesk.app.ui.gantt.layout;

/** The visible part of the content: scroll offsets and size, in pixels (points for print). */
public record Viewport(double scrollX, double scrollY, double width, double height) {
}

package cn.projectdesk.app.ui.gantt.layout;

/** Draws a display list on one medium: the screen's canvas, a PDF page or a PNG image. */
public interface Painter {
    void paint(DisplayList list);
}

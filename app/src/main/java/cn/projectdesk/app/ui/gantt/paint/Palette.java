package cn.projectdesk.app.ui.gantt.paint;

import cn.projectdesk.app.ui.gantt.layout.Ink;
import java.util.EnumMap;
import java.util.Map;

/**
 * The colours of every ink, shared by the screen, PDF and PNG painters so that a printout looks like
 * the screen. Colours are 0xRRGGBB; an outline of -1 means none. Behind-schedule is red, critical is
 * orange-red, as the issue asks for "critical path in red" and "deviating tasks marked red".
 */
public final class Palette {
    public record Paint(int fill, int outline, boolean dashed, boolean bold) {
    }

    private static final Map<Ink, Paint> PAINTS = new EnumMap<>(Ink.class);

    static {
        put(Ink.BACKGROUND, 0xFFFFFF, -1);
        put(Ink.NON_WORKING, 0xECEFF3, -1);
        put(Ink.GRID, 0xE4E7EB, -1);
        put(Ink.ROW_SELECTED, 0xD8E8FA, -1);
        put(Ink.HEADER_BACKGROUND, 0xF3F4F6, -1);
        put(Ink.HEADER_LINE, 0xC5CAD1, -1);
        put(Ink.HEADER_TEXT, 0x30363D, -1);
        put(Ink.TABLE_TEXT, 0x24292F, -1);
        PAINTS.put(Ink.TABLE_TEXT_BOLD, new Paint(0x111417, -1, false, true));
        PAINTS.put(Ink.TABLE_HEADER_TEXT, new Paint(0x30363D, -1, false, true));
        put(Ink.TASK, 0x9CC2EE, 0x3F76BA);
        put(Ink.TASK_PROGRESS, 0x24528F, -1);
        put(Ink.TASK_BEHIND, 0xF4AFAF, 0xC62828);
        put(Ink.TASK_BEHIND_PROGRESS, 0xB71C1C, -1);
        put(Ink.TASK_CRITICAL, 0xF6BBA9, 0xD84315);
        put(Ink.TASK_CRITICAL_PROGRESS, 0xA93210, -1);
        put(Ink.SUMMARY, 0x36454F, -1);
        put(Ink.MILESTONE, 0x36454F, -1);
        put(Ink.MILESTONE_CRITICAL, 0xD84315, -1);
        put(Ink.BASELINE, 0xA3A9B0, -1);
        put(Ink.LABEL, 0x30363D, -1);
        put(Ink.ARROW, 0x5B6B78, -1);
        put(Ink.ARROW_CRITICAL, 0xD84315, -1);
        PAINTS.put(Ink.TODAY, new Paint(0xE53935, -1, false, false));
        PAINTS.put(Ink.STATUS_DATE, new Paint(0x1E6FD9, -1, true, false));
        PAINTS.put(Ink.DRAG_PREVIEW, new Paint(0x1E6FD9, 0x1E6FD9, true, false));
        put(Ink.PAGE_TEXT, 0x30363D, -1);
        put(Ink.MILESTONE_DONE, 0x2E7D32, -1);
        put(Ink.MILESTONE_DUE_SOON, 0xEF8F00, -1);
        put(Ink.MILESTONE_OVERDUE, 0xC62828, -1);
    }

    private Palette() {
    }

    private static void put(Ink ink, int fill, int outline) {
        PAINTS.put(ink, new Paint(fill, outline, false, false));
    }

    public static Paint of(Ink ink) {
        return PAINTS.get(ink);
    }

    public static double red(int rgb) {
        return ((rgb >> 16) & 0xFF) / 255.0;
    }

    public static double green(int rgb) {
        return ((rgb >> 8) & 0xFF) / 255.0;
    }

    public static double blue(int rgb) {
        return (rgb & 0xFF) / 255.0;
    }
}

package cn.projectdesk.app.ui.gantt.export;

/** No embeddable Chinese font was found; the message names what to install or configure. */
public final class FontMissingException extends RuntimeException {
    public FontMissingException() {
        super("No embeddable Chinese TrueType font found: install fonts-wqy-microhei (Linux) or set -D"
                + cn.projectdesk.core.report.FormFont.PROPERTY + "=path/to/font.ttc (e.g. msyh.ttc on Windows)");
    }
}

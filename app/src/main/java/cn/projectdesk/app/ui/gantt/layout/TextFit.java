package cn.projectdesk.app.ui.gantt.layout;

/**
 * Cuts text to a width without a font at hand: Chinese characters are about one em wide, Latin
 * letters and digits a little over half. It errs wide, so a label is cut early rather than overflowing.
 */
public final class TextFit {
    private TextFit() {
    }

    public static double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += text.charAt(i) >= 0x2E80 ? 1.0 : 0.6;
        }
        return em * size;
    }

    /** The text, or its longest prefix plus "…" that fits; empty when not even one character does. */
    public static String fit(String text, double size, double maxWidth) {
        if (text == null || text.isEmpty() || width(text, size) <= maxWidth) {
            return text == null ? "" : text;
        }
        double ellipsis = size;
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += text.charAt(i) >= 0x2E80 ? 1.0 : 0.6;
            if (em * size + ellipsis > maxWidth) {
                return i == 0 ? "" : text.substring(0, i) + "…";
            }
        }
        return text;
    }
}

package cn.projectdesk.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Replaces characters the font has no glyph for (PDFBox would refuse the whole text) and measures. */
public final class SafeText {
    private final PDType0Font font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    public SafeText(PDType0Font font) {
        this.font = font;
    }

    public String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                cp = ' ';
            }
            if (Character.isISOControl(cp)) {
                return;
            }
            out.appendCodePoint(known.computeIfAbsent(cp, this::encodable) ? cp : '?');
        });
        return out.toString();
    }

    private boolean encodable(int cp) {
        try {
            font.encode(Character.toString(cp));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private final Map<Integer, Float> advances = new HashMap<>();

    /** Sum of cached glyph advances: wrapping measures every growing line, so no re-encoding. */
    public float width(String s, float size) {
        float units = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            units += advances.computeIfAbsent(cp, this::advance);
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    private float advance(int cp) {
        String one = clean(Character.toString(cp));
        try {
            return one.isEmpty() ? 0 : font.getStringWidth(one);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cn.projectdesk.core.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which TrueType font with Chinese glyphs the forms embed: the one configured with
 * {@code -Dprojectdesk.pdf.font=FILE} (or {@code PROJECTDESK_PDF_FONT}), else the usual ones of Linux
 * and Windows. PDFBox embeds TrueType outlines only, so Noto Sans CJK (CFF outlines) is not a candidate.
 */
public final class FormFont {
    public static final String PROPERTY = "projectdesk.pdf.font";
    public static final String VARIABLE = "PROJECTDESK_PDF_FONT";
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc");

    private FormFont() {
    }

    /** The font file to embed, or an exception that says what to install or configure. */
    public static Path resolve() {
        String configured = configured();
        if (configured != null) {
            Path p = Path.of(configured.strip());
            if (!Files.isReadable(p)) {
                throw new FormFontMissingException("The configured form font " + p + " cannot be read; set "
                        + PROPERTY + " to a TrueType (.ttf/.ttc) file with Chinese glyphs");
            }
            return p;
        }
        return locate(CANDIDATES).orElseThrow(() -> new FormFontMissingException(
                "No embeddable Chinese TrueType font found (looked for " + String.join(", ", CANDIDATES)
                        + "): install fonts-wqy-microhei (Debian/Ubuntu: apt-get install fonts-wqy-microhei), "
                        + "or set -D" + PROPERTY + "=path/to/font.ttc (e.g. C:\\Windows\\Fonts\\msyh.ttc)"));
    }

    /**
     * The font file to embed if one is configured and readable or installed; for exporters (Gantt,
     * performance report) that word their own "install a font" message.
     */
    public static Optional<Path> find() {
        String configured = configured();
        if (configured != null) {
            Path p = Path.of(configured.strip());
            return Files.isReadable(p) ? Optional.of(p) : Optional.empty();
        }
        return locate(CANDIDATES);
    }

    private static String configured() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(VARIABLE);
        }
        return configured == null || configured.isBlank() ? null : configured;
    }

    static Optional<Path> locate(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }
}

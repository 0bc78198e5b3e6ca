package cn.projectdesk.app.ui.gantt.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a TrueType font with Chinese glyphs that PDFBox can embed: the one configured with
 * {@code -Dprojectdesk.pdf.font=FILE}, else the usual ones of Linux and Windows. Noto Sans CJK is
 * not among them: its CFF outlines cannot be embedded by PDFBox.
 */
public final class CjkFont {
    public static final String PROPERTY = "projectdesk.pdf.font";
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc");

    private CjkFont() {
    }

    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isReadable(p) ? Optional.of(p) : Optional.empty();
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }
}

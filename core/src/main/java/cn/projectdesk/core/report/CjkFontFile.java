package cn.projectdesk.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The parsed font file, kept open for the life of the process: parsing a 5 MB collection for every
 * document would cost more than drawing it. PDFBox reads the font while subsetting at save time, so
 * callers hold the instance's lock from embedding until the document is saved.
 */
public final class CjkFontFile {
    private static final Map<Path, CjkFontFile> OPEN = new HashMap<>();
    private final TrueTypeFont ttf;

    private CjkFontFile(TrueTypeFont ttf) {
        this.ttf = ttf;
    }

    public static synchronized CjkFontFile of(Path file) {
        CjkFontFile loaded = OPEN.get(file);
        if (loaded == null) {
            loaded = new CjkFontFile(parse(file));
            OPEN.put(file, loaded);
        }
        return loaded;
    }

    private static TrueTypeFont parse(Path file) {
        try {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            }
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            if (first[0] == null) {
                throw new FormFontMissingException("The font collection " + file + " holds no font");
            }
            return first[0];
        } catch (IOException e) {
            throw new FormFontMissingException("The font " + file + " cannot be read: " + e.getMessage());
        }
    }

    public PDType0Font embedIn(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, ttf, true);
    }
}


package cn.projectdesk.app.ui.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a picture of the dashboard for meetings: as PNG, or as a one-page landscape A4 PDF with the
 * picture fitted inside 1 cm margins. The picture is what the screen shows, so the figures on paper
 * are the figures on screen.
 */
final class DashboardExport {
    private static final float MARGIN = 28.35f;

    private DashboardExport() {
    }

    static void png(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    static void pdf(BufferedImage image, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            float scale = Math.min((a4.getWidth() - 2 * MARGIN) / image.getWidth(), (a4.getHeight() - 2 * MARGIN) / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(picture, (a4.getWidth() - w) / 2, (a4.getHeight() - h) / 2, w, h);
            }
            doc.save(file.toFile());
        }
    }
}

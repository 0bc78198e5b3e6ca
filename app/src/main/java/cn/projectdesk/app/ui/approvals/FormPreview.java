package cn.projectdesk.app.ui.approvals;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.report.PrintedForm;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Print preview of an approval form: the PDF's pages as images, then the system printer dialog
 * (JavaFX PrinterJob) or saving the PDF. What is previewed is exactly the recorded print.
 */
final class FormPreview {
    private static final float PREVIEW_DPI = 110f;
    private static final float PRINT_DPI = 200f;

    private FormPreview() {
    }

    /** The pages as images at a resolution (PDFBox renders; the PDF holds the embedded font). */
    static List<Image> pages(byte[] pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Image> images = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                images.add(SwingFXUtils.toFXImage(page, null));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stage show(Window owner, Messages messages, PrintedForm form) {
        VBox pages = new VBox(16);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.setStyle("-fx-background-color: #8a94a3;");
        for (Image image : pages(form.pdf(), PREVIEW_DPI)) {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(image.getWidth() * 72 / PREVIEW_DPI * 1.2);
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 8, 0, 0, 2);");
            pages.getChildren().add(view);
        }
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setId("form-preview-pages");

        Label info = new Label(messages.format("approvals.preview.info", form.requestCode(), form.pages(), form.code()));
        info.setId("form-preview-info");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button print = new Button(messages.get("approvals.preview.print"));
        print.setId("form-preview-print");
        print.setDefaultButton(true);
        Button save = new Button(messages.get("approvals.preview.save"));
        save.setId("form-preview-save");
        Button close = new Button(messages.get("approvals.preview.close"));
        close.setCancelButton(true);
        HBox bar = new HBox(8, info, spacer, save, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));

        BorderPane root = new BorderPane(scroll);
        root.setBottom(bar);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.format("approvals.preview.title", form.requestCode()));
        Scene scene = new Scene(root, 820, 900);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        close.setOnAction(e -> stage.close());
        print.setOnAction(e -> printOnPrinter(stage, form));
        save.setOnAction(e -> saveAs(stage, messages, form));
        stage.show();
        return stage;
    }

    /** The system's printer dialog, then one printed page per form page, scaled to the printable area. */
    private static void printOnPrinter(Stage owner, PrintedForm form) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(owner)) {
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image image : pages(form.pdf(), PRINT_DPI)) {
            ImageView page = new ImageView(image);
            page.setPreserveRatio(true);
            page.setFitWidth(layout.getPrintableWidth());
            page.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(page)) {
                break;
            }
        }
        job.endJob();
    }

    private static void saveAs(Stage owner, Messages messages, PrintedForm form) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("approvals.preview.save"));
        chooser.setInitialFileName(form.requestCode() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file != null) {
            try {
                Files.write(Path.of(file.toURI()), form.pdf());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package cn.projectdesk.app.ui.account;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A QR code as a JavaFX image, for an authenticator app to scan off the screen (black on white, quiet zone kept). */
final class QrImage {
    private QrImage() {
    }

    static WritableImage of(String text, int moduleSize) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code: " + text.length() + " characters", e);
        }
        WritableImage image = new WritableImage(matrix.getWidth() * moduleSize, matrix.getHeight() * moduleSize);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                Color color = matrix.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < moduleSize; dy++) {
                    for (int dx = 0; dx < moduleSize; dx++) {
                        pixels.setColor(x * moduleSize + dx, y * moduleSize + dy, color);
                    }
                }
            }
        }
        return image;
    }
}

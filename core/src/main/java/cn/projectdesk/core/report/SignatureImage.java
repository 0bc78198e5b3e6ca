package cn.projectdesk.core.report;

import cn.projectdesk.core.domain.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A signature image as uploaded: PNG or JPEG (what scanners and phones produce), at most 100 KB, and a
 * size that fits the signature line of a form. The bytes are kept as they came: PDFBox embeds both
 * formats, so converting a JPEG to PNG would only make it larger. The header is read through ImageIO's
 * readers (no java.awt in core), which also refuses files that merely start with the right magic bytes.
 */
public record SignatureImage(String format, int width, int height, byte[] bytes) {
    public static final int MAX_BYTES = UserSignature.MAX_PNG_BYTES;
    public static final int MIN_WIDTH = 40;
    public static final int MAX_WIDTH = 1200;
    public static final int MIN_HEIGHT = 16;
    public static final int MAX_HEIGHT = 600;

    public SignatureImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Checks the file; a refusal names the rule broken (type, size, dimensions). */
    public static SignatureImage of(byte[] data) {
        if (data == null || data.length == 0) {
            throw ValidationException.of("signature", "validation.signature.type");
        }
        if (data.length > MAX_BYTES) {
            throw ValidationException.of("signature", "validation.signature.tooLarge");
        }
        String format = magic(data);
        if (format == null) {
            throw ValidationException.of("signature", "validation.signature.type");
        }
        int[] size = dimensions(data, format);
        if (size == null) {
            throw ValidationException.of("signature", "validation.signature.type");
        }
        if (size[0] < MIN_WIDTH || size[0] > MAX_WIDTH || size[1] < MIN_HEIGHT || size[1] > MAX_HEIGHT) {
            throw ValidationException.of("signature", "validation.signature.dimensions");
        }
        return new SignatureImage(format, size[0], size[1], data);
    }

    private static String magic(byte[] d) {
        if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "png";
        }
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        return null;
    }

    /** Width and height from the image header, or null when no reader of that format understands it. */
    private static int[] dimensions(byte[] data, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    if (!reader.getFormatName().toLowerCase(Locale.ROOT).startsWith(format.substring(0, 3))) {
                        continue;
                    }
                    reader.setInput(in, true, true);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } catch (IOException | RuntimeException unreadable) {
                    return null;
                } finally {
                    reader.dispose();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

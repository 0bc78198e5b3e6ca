package cn.projectdesk.core.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

/** Opens MS Project files (MPP, MSPDI XML and the other formats MPXJ knows) with clear failure reasons. */
public final class MsProjectReader {
    private MsProjectReader() {
    }

    public static ProjectFile read(Path file) throws ProjectFileException {
        checkReadable(file);
        ProjectFile project;
        try {
            project = new UniversalProjectReader().read(file.toFile());
        } catch (MPXJException e) {
            throw new ProjectFileException(file, reasonOf(e), e);
        } catch (RuntimeException | LinkageError e) {
            // MPXJ reports damaged input as whatever its parser tripped over
            throw new ProjectFileException(file, "damaged or truncated project file (" + e + ")", e);
        }
        if (project == null) {
            throw new ProjectFileException(file, looksLikeOle2(file)
                    ? "damaged or truncated MPP file (an OLE2 container MPXJ cannot open)"
                    : "not a project file (format not recognised)", null);
        }
        return project;
    }

    /** MPP files are OLE2 compound documents; a cut-off one keeps the signature but loses its directory. */
    private static boolean looksLikeOle2(Path file) {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        try (var in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(8), ole2);
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkReadable(Path file) throws ProjectFileException {
        if (!Files.isRegularFile(file)) {
            throw new ProjectFileException(file, "no such file", null);
        }
        if (!Files.isReadable(file)) {
            throw new ProjectFileException(file, "not readable (permissions)", null);
        }
        try {
            if (Files.size(file) == 0) {
                throw new ProjectFileException(file, "empty file", null);
            }
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String reasonOf(MPXJException e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("password")) {
            return "password-protected project file";
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "damaged or truncated project file (" + message + (root != e ? ": " + root : "") + ")";
    }
}

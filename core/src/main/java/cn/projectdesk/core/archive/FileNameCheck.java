package cn.projectdesk.core.archive;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses file names that could escape a folder or break on Windows when the archive is exported:
 * path separators and {@code ..}, control characters, the characters Windows forbids, the reserved
 * device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an extension) and trailing dots
 * or spaces. Returns the message key of the first problem.
 */
public final class FileNameCheck {
    public static final int MAX_LENGTH = 200;
    private static final Pattern RESERVED = Pattern.compile("(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9¹²³]|LPT[0-9¹²³])");
    private static final Set<Character> FORBIDDEN = Set.of('<', '>', ':', '"', '|', '?', '*');

    private FileNameCheck() {
    }

    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("validation.required");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("validation.archive.nameTooLong");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            return Optional.of("validation.archive.namePath");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT) {
                return Optional.of("validation.archive.nameControl");
            }
            if (FORBIDDEN.contains(c)) {
                return Optional.of("validation.archive.nameCharacters");
            }
        }
        if (name.endsWith(".") || name.endsWith(" ") || name.startsWith(" ")) {
            return Optional.of("validation.archive.nameEnds");
        }
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
        if (RESERVED.matcher(base).matches()) {
            return Optional.of("validation.archive.nameReserved");
        }
        return Optional.empty();
    }
}

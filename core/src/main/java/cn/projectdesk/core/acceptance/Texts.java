package cn.projectdesk.core.acceptance;

import cn.projectdesk.core.domain.ValidationException;

/** Length and presence checks of free-text fields, each naming the field. */
final class Texts {
    private Texts() {
    }

    static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, "validation.required");
        }
        optional(field, value, max);
    }

    static void optional(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw ValidationException.of(field, "validation.text.tooLong");
        }
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

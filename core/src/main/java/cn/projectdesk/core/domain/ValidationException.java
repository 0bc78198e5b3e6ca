package cn.projectdesk.core.domain;

import java.util.Map;

/**
 * Input rejected before anything was written. Maps each bad field to a resource-bundle key, so the
 * screen can show the reason beside the field and the CLI can print it.
 */
public class ValidationException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static ValidationException of(String field, String messageKey) {
        return new ValidationException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}

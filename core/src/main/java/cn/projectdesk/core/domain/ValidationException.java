package cn.projectdesk.core.domain;

import java.util.List;
import java.util.Map;

/**
 * Input rejected before anything was written. Maps each bad field to a resource-bundle key, so the
 * screen can show the reason beside the field and the CLI can print it.
 */
public class ValidationException extends RuntimeException {
    private final Map<String, String> fieldErrors;
    private final List<String> arguments;

    public ValidationException(Map<String, String> fieldErrors) {
        this(fieldErrors, List.of());
    }

    /** A refusal whose message names values ({0}, {1}, … of the messages' patterns), e.g. the record that holds a code. */
    public ValidationException(Map<String, String> fieldErrors, List<String> arguments) {
        super("invalid input: " + fieldErrors + (arguments.isEmpty() ? "" : " " + arguments));
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.arguments = List.copyOf(arguments);
    }

    public static ValidationException of(String field, String messageKey) {
        return new ValidationException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The values the messages name; empty for the plain refusals, whose patterns take none. */
    public List<String> arguments() {
        return arguments;
    }
}

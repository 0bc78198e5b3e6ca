package cn.projectdesk.core.budget;

/**
 * Why one of several lines handed in together was refused: its index in the list, the field and a
 * message key of the errors bundle; {@code value} is the offending input as given.
 */
public record LineProblem(int index, String field, String messageKey, String value) {
}

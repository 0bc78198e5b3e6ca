package cn.projectdesk.core.store;

/** Old and new value of one field, as canonical text (ids for references, ISO for dates). */
public record FieldChange(String oldValue, String newValue) {
}

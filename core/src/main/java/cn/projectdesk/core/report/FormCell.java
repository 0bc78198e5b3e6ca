package cn.projectdesk.core.report;

/** One cell of the form's table: a label (shaded, centred) or a value (wrapped), spanning grid columns. */
record FormCell(String text, int span, boolean label) {
    static FormCell label(String text) {
        return new FormCell(text, 1, true);
    }

    static FormCell value(String text, int span) {
        return new FormCell(text == null ? "" : text, span, false);
    }
}

package cn.projectdesk.core.report;

import java.util.List;

/**
 * A row of the form's table. An opinion row has a sign line under its text (decision, name, date)
 * and optionally the signer's signature image; a section row is a full-width shaded heading.
 */
record FormRow(List<FormCell> cells, String signLine, byte[] signature, boolean section) {
    FormRow {
        cells = List.copyOf(cells);
    }

    static FormRow of(FormCell... cells) {
        return new FormRow(List.of(cells), null, null, false);
    }

    static FormRow section(String title) {
        return new FormRow(List.of(new FormCell(title, 4, true)), null, null, true);
    }

    static FormRow opinion(String step, String opinion, String signLine, byte[] signature) {
        return new FormRow(List.of(FormCell.label(step), FormCell.value(opinion, 3)), signLine, signature, false);
    }
}

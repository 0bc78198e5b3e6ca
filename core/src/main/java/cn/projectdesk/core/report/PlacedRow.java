package cn.projectdesk.core.report;

import java.util.List;

/** A row placed on a page: its top (points from the page bottom), height, and each cell's wrapped lines. */
record PlacedRow(FormRow row, float top, float height, List<List<String>> lines, boolean withSignLine) {
    PlacedRow {
        lines = lines.stream().map(List::copyOf).toList();
    }
}

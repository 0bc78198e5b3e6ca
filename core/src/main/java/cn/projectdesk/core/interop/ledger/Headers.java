package cn.projectdesk.core.interop.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the header of a messy sheet: one row or two (a merged group header above), the columns of each
 * field by its usual names, and the unit of amounts (a 单位：万元 row above the header or 万元 in a header).
 * Fields are tried in their declaration order, so a more specific name (调整后预算数) is declared before a
 * general one (预算数).
 */
final class Headers<F extends Enum<F>> {
    static final int SCAN_ROWS = 30;

    /** What was found: the header rows (Excel numbers), each field's column index and header text. */
    record Found<F extends Enum<F>>(int firstRow, int lastRow, Map<F, Integer> columns, Map<F, String> texts,
                                    Map<Integer, Unit> columnUnits, Unit sheetUnit) {
        Unit unitOf(F field) {
            Integer c = columns.get(field);
            Unit u = c == null ? null : columnUnits.get(c);
            return u != null ? u : sheetUnit;
        }
    }

    private final Class<F> type;
    private final Map<F, List<String>> names;
    private final Predicate<Map<F, Integer>> complete;

    Headers(Class<F> type, Map<F, List<String>> names, Predicate<Map<F, Integer>> complete) {
        this.type = type;
        this.names = names;
        this.complete = complete;
    }

    Found<F> detect(Grid grid) {
        Found<F> best = null;
        int bestScore = 0;
        List<Grid.GridRow> rows = grid.rows();
        int limit = Math.min(rows.size(), SCAN_ROWS);
        int[] single = new int[limit + 1];
        int[] raw = new int[limit + 1];
        for (int i = 0; i <= limit && i < rows.size(); i++) {
            Map<F, Integer> cols = new EnumMap<>(type);
            match(grid, rows.get(i), null, cols, new EnumMap<>(type), new LinkedHashMap<>());
            raw[i] = cols.size();
            single[i] = complete.test(cols) ? cols.size() : 0;
        }
        for (int i = 0; i < limit; i++) {
            if (rows.get(i).blank()) {
                continue;
            }
            for (int span = 1; span <= 2 && i + span <= rows.size(); span++) {
                Map<F, Integer> cols = new EnumMap<>(type);
                Map<F, String> texts = new EnumMap<>(type);
                Map<Integer, Unit> units = new LinkedHashMap<>();
                match(grid, rows.get(i), span == 2 ? rows.get(i + 1) : null, cols, texts, units);
                int score = complete.test(cols) ? cols.size() : 0;
                // a two-row header needs header names in its upper row (not a title or 单位 row above a one-row header)
                boolean pairOk = span == 1 || raw[i] > 0 && score > single[i] && score >= single[i + 1];
                if (pairOk && score > bestScore) {
                    bestScore = score;
                    int last = span == 2 ? rows.get(i + 1).number() : rows.get(i).number();
                    best = new Found<>(rows.get(i).number(), last, cols, texts, units, sheetUnit(rows, i));
                }
            }
        }
        return best;
    }

    /** Header with the columns given by letter (a saved mapping): texts are the header cells of lastRow. */
    Found<F> given(Grid grid, int lastRow, Map<F, Integer> columns) {
        List<Grid.GridRow> rows = grid.rows();
        int index = 0;
        while (index < rows.size() && rows.get(index).number() < lastRow) {
            index++;
        }
        Grid.GridRow header = index < rows.size() ? rows.get(index) : new Grid.GridRow(lastRow, List.of());
        Map<F, String> texts = new EnumMap<>(type);
        Map<Integer, Unit> units = new LinkedHashMap<>();
        columns.forEach((f, c) -> {
            texts.put(f, header.cell(c).text());
            Unit u = Unit.in(header.cell(c).text());
            if (u != null) {
                units.put(c, u);
            }
        });
        return new Found<>(lastRow, lastRow, columns, texts, units, sheetUnit(rows, index));
    }

    private static Unit sheetUnit(List<Grid.GridRow> rows, int headerIndex) {
        for (int i = Math.min(headerIndex, rows.size()) - 1; i >= 0; i--) {
            String t = rows.get(i).joined();
            if (t.contains("单位")) {
                Unit u = Unit.in(t.substring(t.indexOf("单位")));
                if (u != null) {
                    return u;
                }
            }
        }
        return Unit.YUAN;
    }

    private void match(Grid grid, Grid.GridRow upper, Grid.GridRow lower, Map<F, Integer> cols, Map<F, String> texts,
                       Map<Integer, Unit> units) {
        for (int c = 0; c < grid.columns().size(); c++) {
            String up = upper.cell(c).text();
            String low = lower == null ? "" : lower.cell(c).text();
            if (lower != null && low.equals(up)) {
                low = ""; // a cell merged over both rows
            }
            F field = null;
            String text = null;
            for (String candidate : lower == null ? List.of(up) : List.of(low, up, up + low)) {
                if (candidate.isEmpty() || looksLikeData(candidate)) {
                    continue;
                }
                field = field(candidate);
                if (field != null) {
                    text = candidate;
                    break;
                }
            }
            if (field != null && !cols.containsKey(field)) {
                cols.put(field, c);
                texts.put(field, text);
                Unit u = Unit.in(up + low);
                if (u != null) {
                    units.put(c, u);
                }
            }
        }
    }

    private static boolean looksLikeData(String text) {
        return text.matches("[-+]?[\\d,，.]+");
    }

    F field(String header) {
        if (header.matches(".*单位\\s*[:：].*")) {
            return null; // 单位：元 / 金额单位：万元, not a column
        }
        String h = normalize(header);
        if (h.isEmpty()) {
            return null;
        }
        for (Map.Entry<F, List<String>> e : names.entrySet()) {
            for (String n : e.getValue()) {
                if (h.equals(n)) {
                    return e.getKey();
                }
            }
        }
        for (Map.Entry<F, List<String>> e : names.entrySet()) {
            for (String n : e.getValue()) {
                if (h.contains(n)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    static String normalize(String header) {
        return header.replaceAll("[(（][^)）]*[)）]", "").replaceAll("[\\s*：:＊]", "").toLowerCase(Locale.ROOT);
    }

    static <F extends Enum<F>> Map<F, List<String>> names(Class<F> type, Object... pairs) {
        Map<F, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            F f = (F) pairs[i];
            m.put(f, new ArrayList<>(List.of((String[]) pairs[i + 1])));
        }
        return m;
    }
}

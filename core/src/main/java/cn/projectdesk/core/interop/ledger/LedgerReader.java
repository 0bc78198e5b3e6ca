package cn.projectdesk.core.interop.ledger;

import static cn.projectdesk.core.interop.ledger.LedgerColumn.ADJUSTED_TOTAL;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.ADJUSTMENT;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.APPROVED;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.ECONOMIC_CODE;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.ECONOMIC_NAME;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.FUNDING_SOURCE;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.ITEM;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.NOTES;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.PAID;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.SEQUENCE;
import static cn.projectdesk.core.interop.ledger.LedgerColumn.YEAR;

import cn.projectdesk.core.budget.BudgetLineDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns a budget ledger sheet into lines without help: finds the header (see {@link Headers}), skips
 * 合计/小计 rows, blank rows and note rows, carries a funding source from group rows (一、财政拨款) or merged
 * cells, reads amounts in 元 or 万元, and lists every bad cell. Writes nothing.
 */
public final class LedgerReader {
    private static final Headers<LedgerColumn> HEADERS = new Headers<>(LedgerColumn.class, Headers.names(LedgerColumn.class,
            SEQUENCE, new String[] {"序号", "行次"},
            FUNDING_SOURCE, new String[] {"资金来源", "资金性质", "资金渠道", "经费来源", "资金来源类别"},
            ECONOMIC_NAME, new String[] {"科目名称", "经济分类科目名称", "经济科目名称", "经济分类名称"},
            ECONOMIC_CODE, new String[] {"经济分类科目编码", "科目编码", "经济科目编码", "经济分类编码", "科目代码",
                    "经济分类科目", "经济分类", "经济科目", "支出经济分类"},
            YEAR, new String[] {"年度", "项目年度", "预算年度", "年份"},
            ITEM, new String[] {"明细", "摘要", "明细项目", "支出内容", "项目内容", "支出项目", "用途"},
            ADJUSTED_TOTAL, new String[] {"调整后预算数", "调整后预算", "调整后金额", "调整后批复数", "调整后"},
            ADJUSTMENT, new String[] {"调整数", "调整金额", "调增减", "预算调整"},
            APPROVED, new String[] {"批复金额", "预算数", "预算金额", "批复预算数", "批复数", "年初预算数", "年初预算", "批复预算"},
            PAID, new String[] {"已支付", "累计支付", "已支付金额", "累计支付金额", "实际支付", "已付金额", "支付数", "已拨付"},
            NOTES, new String[] {"备注", "说明"}),
            cols -> cols.containsKey(APPROVED) && (cols.containsKey(ECONOMIC_CODE) || cols.containsKey(ECONOMIC_NAME)));
    private static final Pattern TOTAL = Pattern.compile("合\\s*计|小\\s*计|总\\s*计|共\\s*计");
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{3}(?:\\d{2})?)(?:\\D.*)?$");
    private static final Pattern YEAR_TEXT = Pattern.compile("^\\s*(\\d{4})\\s*年?度?\\s*$");
    private static final Pattern NOTE_ROW = Pattern.compile("填表|制表|负责人|审核|联系电话|注[:：]|说明[:：]|单位[:：]|编制单位");

    private LedgerReader() {
    }

    /**
     * Reads the ledger. {@code defaultYear} is used for rows without a year column; {@code fundingSource}
     * resolves group-row texts (一、财政拨款) to a funding source (null: no carrying).
     */
    public static LedgerPreview read(Path file, LedgerMapping mapping, int defaultYear, Function<String, String> fundingSource) {
        LedgerMapping m = mapping == null ? LedgerMapping.DETECT : mapping;
        Grid grid = StreamingWorkbookReader.read(file, m.sheet());
        if (grid.rows().stream().allMatch(Grid.GridRow::blank)) {
            throw new LedgerFileException("validation.ledger.emptySheet", grid.sheetName(), null);
        }
        Headers.Found<LedgerColumn> found = header(grid, m);
        Unit forced = m.unit() == null ? null : Unit.parse(m.unit());
        Map<LedgerColumn, Unit> units = new EnumMap<>(LedgerColumn.class);
        for (LedgerColumn c : LedgerColumn.values()) {
            units.put(c, forced != null ? forced : found.unitOf(c));
        }
        List<ColumnMapping> mappings = new ArrayList<>();
        found.columns().forEach((field, col) -> mappings.add(new ColumnMapping(field.name(), grid.columns().get(col),
                found.texts().get(field), isAmount(field) ? units.get(field).label() : null)));

        List<LedgerRow> rows = new ArrayList<>();
        List<RowIssue> issues = new ArrayList<>();
        int totals = 0;
        int blank = 0;
        int other = 0;
        String groupSource = null;
        Map<LedgerColumn, Integer> cols = found.columns();
        for (Grid.GridRow row : grid.rows()) {
            if (row.number() <= found.lastRow()) {
                continue;
            }
            if (row.blank()) {
                blank++;
                continue;
            }
            if (isTotal(row, cols)) {
                totals++;
                continue;
            }
            Cell code = cell(row, cols, ECONOMIC_CODE);
            Cell name = cell(row, cols, ECONOMIC_NAME);
            Cell approved = cell(row, cols, APPROVED);
            if (code.blank() && name.blank() || approved.blank() && !LEADING_CODE.matcher(code.text()).matches()) {
                // a group row (一、财政拨款), a note or a signature line: not a budget line
                String text = row.joined().strip();
                if (fundingSource != null && !NOTE_ROW.matcher(text).find()) {
                    String firstText = row.cells().stream().filter(c -> !c.blank()).map(Cell::text).findFirst().orElse("");
                    String resolved = fundingSource.apply(firstText.replaceFirst("^[一二三四五六七八九十]+[、.．]", ""));
                    if (resolved != null) {
                        groupSource = firstText.replaceFirst("^[一二三四五六七八九十]+[、.．]", "");
                    }
                }
                other++;
                continue;
            }
            List<RowIssue> rowIssues = new ArrayList<>();
            String source = cell(row, cols, FUNDING_SOURCE).text();
            if (source.isEmpty() && groupSource != null) {
                source = groupSource;
            }
            String economic = code.blank() ? name.text() : code.text();
            Matcher mc = LEADING_CODE.matcher(economic);
            if (mc.matches()) {
                economic = mc.group(1);
            }
            int year = defaultYear;
            if (cols.containsKey(YEAR)) {
                Cell y = cell(row, cols, YEAR);
                if (!y.blank()) {
                    Matcher my = YEAR_TEXT.matcher(y.text());
                    if (y.number() != null && y.number().stripTrailingZeros().scale() <= 0) {
                        year = y.number().intValue();
                    } else if (my.matches()) {
                        year = Integer.parseInt(my.group(1));
                    } else {
                        rowIssues.add(issue(grid, found, row, YEAR, "validation.ledger.notAYear", y.text()));
                    }
                }
            }
            BigDecimal approvedAmount = amount(grid, found, row, APPROVED, units, rowIssues);
            BigDecimal paid = amount(grid, found, row, PAID, units, rowIssues);
            BigDecimal adjustment = amount(grid, found, row, ADJUSTMENT, units, rowIssues);
            BigDecimal adjustedTotal = amount(grid, found, row, ADJUSTED_TOTAL, units, rowIssues);
            BigDecimal adjusted = adjustedTotal != null ? adjustedTotal
                    : adjustment != null && approvedAmount != null ? approvedAmount.add(adjustment) : null;
            if (adjusted != null && approvedAmount != null && adjusted.compareTo(approvedAmount) == 0) {
                adjusted = null;
            }
            if (adjusted != null && adjusted.signum() < 0) {
                LedgerColumn where = adjustedTotal != null ? ADJUSTED_TOTAL : ADJUSTMENT;
                rowIssues.add(issue(grid, found, row, where, "validation.budget.negativeAmount", cell(row, cols, where).text()));
            }
            String item = text(row, cols, ITEM);
            String notes = text(row, cols, NOTES);
            if (rowIssues.isEmpty()) {
                rows.add(new LedgerRow(row.number(), new BudgetLineDraft(source, economic, year, item, approvedAmount,
                        paid, null, notes), adjusted));
            } else {
                issues.addAll(rowIssues);
            }
        }
        if (rows.isEmpty() && issues.isEmpty()) {
            throw new LedgerFileException("validation.ledger.noRows", grid.sheetName(), null);
        }
        return new LedgerPreview(grid.sheetName(), found.firstRow(), found.lastRow(),
                units.get(APPROVED).label(), List.copyOf(mappings), List.copyOf(rows), List.copyOf(issues), totals, blank, other);
    }

    /** The column letter and header text of a field in a preview (for problems found later, e.g. unknown codes). */
    public static RowIssue issueFor(LedgerPreview preview, int row, String draftField, String messageKey, String value) {
        LedgerColumn column = switch (draftField) {
            case "fundingSource" -> FUNDING_SOURCE;
            case "economicCode" -> preview.mapping().stream().anyMatch(m -> m.field().equals("ECONOMIC_CODE")) ? ECONOMIC_CODE : ECONOMIC_NAME;
            case "year" -> YEAR;
            case "approvedAmount" -> APPROVED;
            case "paidBefore" -> PAID;
            case "notes" -> NOTES;
            default -> ITEM;
        };
        ColumnMapping m = preview.mapping().stream().filter(x -> x.field().equals(column.name())).findFirst().orElse(null);
        return new RowIssue(row, m == null ? "" : m.column(), m == null ? "" : m.header(), column.name(), messageKey, value);
    }

    private static boolean isAmount(LedgerColumn c) {
        return c == APPROVED || c == PAID || c == ADJUSTMENT || c == ADJUSTED_TOTAL;
    }

    private static Headers.Found<LedgerColumn> header(Grid grid, LedgerMapping m) {
        Headers.Found<LedgerColumn> detected = HEADERS.detect(grid);
        if (m.columns().isEmpty() && m.headerRow() == null) {
            if (detected == null) {
                throw new LedgerFileException("validation.ledger.noHeader", grid.sheetName(), null);
            }
            return detected;
        }
        Map<LedgerColumn, Integer> cols = new EnumMap<>(LedgerColumn.class);
        if (detected != null) {
            cols.putAll(detected.columns());
        }
        for (Map.Entry<String, String> e : m.columns().entrySet()) {
            LedgerColumn field;
            try {
                field = LedgerColumn.valueOf(e.getKey().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new LedgerFileException("validation.ledger.badMapping", "unknown field " + e.getKey(), ex);
            }
            int index = grid.columns().indexOf(e.getValue().strip().toUpperCase(java.util.Locale.ROOT));
            if (index < 0) {
                // a hidden or unknown column letter
                throw new LedgerFileException("validation.ledger.badMapping", "column " + e.getValue(), null);
            }
            cols.values().remove(index);
            cols.put(field, index);
        }
        if (!cols.containsKey(APPROVED) || !(cols.containsKey(ECONOMIC_CODE) || cols.containsKey(ECONOMIC_NAME))) {
            throw new LedgerFileException("validation.ledger.missingColumn", String.valueOf(cols.keySet()), null);
        }
        int lastRow = m.headerRow() != null ? m.headerRow() : detected != null ? detected.lastRow() : 1;
        Headers.Found<LedgerColumn> given = HEADERS.given(grid, lastRow, cols);
        if (detected != null && detected.lastRow() == lastRow) {
            Map<Integer, Unit> units = new java.util.HashMap<>(detected.columnUnits());
            units.putAll(given.columnUnits());
            return new Headers.Found<>(detected.firstRow(), lastRow, cols, given.texts(), units, detected.sheetUnit());
        }
        return given;
    }

    private static boolean isTotal(Grid.GridRow row, Map<LedgerColumn, Integer> cols) {
        for (int c = 0; c < row.cells().size(); c++) {
            Cell cell = row.cells().get(c);
            if (cell.text().indexOf('计') < 0) {
                continue;
            }
            if (cell.number() == null && !cell.text().isEmpty() && TOTAL.matcher(cell.text()).find()
                    && !cols.containsValue(c) || cell.number() == null && TOTAL.matcher(cell.text()).find()
                    && (c == idx(cols, SEQUENCE) || c == idx(cols, FUNDING_SOURCE) || c == idx(cols, ECONOMIC_CODE)
                    || c == idx(cols, ECONOMIC_NAME) || c == idx(cols, ITEM))) {
                return true;
            }
        }
        return false;
    }

    private static int idx(Map<LedgerColumn, Integer> cols, LedgerColumn c) {
        return cols.getOrDefault(c, -1);
    }

    private static Cell cell(Grid.GridRow row, Map<LedgerColumn, Integer> cols, LedgerColumn c) {
        Integer i = cols.get(c);
        return i == null ? Cell.BLANK : row.cell(i);
    }

    private static String text(Grid.GridRow row, Map<LedgerColumn, Integer> cols, LedgerColumn c) {
        String t = cell(row, cols, c).text();
        return t.isEmpty() ? null : t;
    }

    private static BigDecimal amount(Grid grid, Headers.Found<LedgerColumn> found, Grid.GridRow row, LedgerColumn c,
                                     Map<LedgerColumn, Unit> units, List<RowIssue> issues) {
        Cell cell = cell(row, found.columns(), c);
        try {
            return Amounts.yuan(cell, units.get(c));
        } catch (NumberFormatException e) {
            issues.add(issue(grid, found, row, c, "validation.ledger.notANumber", cell.text()));
            return null;
        }
    }

    private static RowIssue issue(Grid grid, Headers.Found<LedgerColumn> found, Grid.GridRow row, LedgerColumn c,
                                  String key, String value) {
        Integer i = found.columns().get(c);
        return new RowIssue(row.number(), i == null ? "" : grid.columns().get(i), found.texts().getOrDefault(c, ""),
                c.name(), key, value);
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}

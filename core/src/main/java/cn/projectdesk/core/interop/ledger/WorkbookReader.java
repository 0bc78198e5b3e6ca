package cn.projectdesk.core.interop.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an .xlsx file into a {@link Grid}: the first visible sheet unless one is named,
 * hidden columns left out (hidden rows are read: they still hold data), merged regions filled, formulas by their cached values.
 */
final class WorkbookReader {
    private WorkbookReader() {
    }

    static Grid read(Path file, String sheetName) {
        if (!Files.isRegularFile(file)) {
            throw new LedgerFileException("validation.ledger.unreadable", file.toString(), null);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = open(in, file)) {
            Sheet sheet = pick(wb, sheetName);
            return grid(sheet);
        } catch (IOException e) {
            throw new LedgerFileException("validation.ledger.unreadable", e.getMessage(), e);
        }
    }

    private static XSSFWorkbook open(InputStream in, Path file) throws IOException {
        try {
            return new XSSFWorkbook(in);
        } catch (NotOfficeXmlFileException | EmptyFileException e) {
            throw new LedgerFileException("validation.ledger.notXlsx", file.getFileName().toString(), e);
        } catch (org.apache.poi.ooxml.POIXMLException | IllegalArgumentException | IllegalStateException e) {
            throw new LedgerFileException("validation.ledger.notXlsx", file.getFileName().toString(), e);
        }
    }

    private static Sheet pick(XSSFWorkbook wb, String sheetName) {
        if (sheetName != null && !sheetName.isBlank()) {
            Sheet s = wb.getSheet(sheetName.strip());
            if (s == null) {
                throw new LedgerFileException("validation.ledger.sheetNotFound", sheetName, null);
            }
            return s;
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                return wb.getSheetAt(i);
            }
        }
        throw new LedgerFileException("validation.ledger.emptySheet", null, null);
    }

    private static Grid grid(Sheet sheet) {
        int lastRow = sheet.getLastRowNum();
        int lastCol = -1;
        for (Row row : sheet) {
            lastCol = Math.max(lastCol, row.getLastCellNum() - 1);
        }
        if (lastCol < 0) {
            throw new LedgerFileException("validation.ledger.emptySheet", sheet.getSheetName(), null);
        }
        List<Integer> visible = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        for (int c = 0; c <= lastCol; c++) {
            if (!sheet.isColumnHidden(c)) {
                visible.add(c);
                letters.add(CellReference.convertNumToColString(c));
            }
        }
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            for (int row = r.getFirstRow(); row <= Math.min(r.getLastRow(), lastRow); row++) {
                for (int col = r.getFirstColumn(); col <= Math.min(r.getLastColumn(), lastCol); col++) {
                    merged.put(key(row, col), r);
                }
            }
        }
        List<Grid.GridRow> rows = new ArrayList<>(lastRow + 1);
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<Cell> cells = new ArrayList<>(visible.size());
            boolean any = false;
            for (int c : visible) {
                Cell cell = cell(row, c);
                if (cell.blank() && !merged.isEmpty()) {
                    CellRangeAddress m = merged.get(key(r, c));
                    if (m != null) {
                        Row top = sheet.getRow(m.getFirstRow());
                        cell = cell(top, m.getFirstColumn());
                    }
                }
                any |= !cell.blank();
                cells.add(cell);
            }
            rows.add(new Grid.GridRow(r + 1, any ? cells : List.of()));
        }
        return new Grid(sheet.getSheetName(), List.copyOf(letters), rows);
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }

    private static Cell cell(Row row, int c) {
        if (row == null) {
            return Cell.BLANK;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
        if (cell == null) {
            return Cell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(v)) {
                    LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
                    return new Cell(d.toString(), null, d);
                }
                BigDecimal n = new BigDecimal(Double.toString(v));
                String text = n.stripTrailingZeros().toPlainString();
                return new Cell(text, n, null);
            }
            case STRING -> {
                String s = cell.getStringCellValue();
                String t = s == null ? "" : s.replace('\u00a0', ' ').strip();
                return t.isEmpty() ? Cell.BLANK : new Cell(t, null, null);
            }
            case BOOLEAN -> {
                return new Cell(Boolean.toString(cell.getBooleanCellValue()), null, null);
            }
            case ERROR -> {
                return new Cell("#ERROR", null, null);
            }
            default -> {
                return Cell.BLANK;
            }
        }
    }
}

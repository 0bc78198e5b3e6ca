package cn.projectdesk.core.interop.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds test workbooks: rows of values (String, Number, LocalDate, Boolean, "=FORMULA"), merges, hidden columns. */
final class Xlsx implements AutoCloseable {
    final XSSFWorkbook wb = new XSSFWorkbook();
    Sheet sheet;

    Xlsx sheet(String name) {
        sheet = wb.createSheet(name);
        return this;
    }

    Xlsx row(int number, Object... values) {
        Row row = sheet.createRow(number - 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof String s && s.startsWith("=")) {
                c.setCellFormula(s.substring(1));
            } else if (v instanceof String s) {
                c.setCellValue(s);
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                c.setCellValue(d);
                var style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                c.setCellStyle(style);
            } else if (v instanceof Boolean b) {
                c.setCellValue(b);
            }
        }
        return this;
    }

    Xlsx merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow - 1, lastRow - 1, firstCol, lastCol));
        return this;
    }

    Xlsx hide(int column) {
        sheet.setColumnHidden(column, true);
        return this;
    }

    Path save(Path file) throws IOException {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}

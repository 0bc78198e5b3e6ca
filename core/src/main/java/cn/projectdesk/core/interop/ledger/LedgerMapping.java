package cn.projectdesk.core.interop.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A remembered column mapping (JSON): sheet name, the last header row (Excel number), unit (元 or 万元)
 * and field → column letter, e.g. {"headerRow": 4, "unit": "万元", "columns": {"APPROVED": "E"}}. Every
 * part is optional: what is missing is detected.
 */
public record LedgerMapping(String sheet, Integer headerRow, String unit, Map<String, String> columns) {
    public static final LedgerMapping DETECT = new LedgerMapping(null, null, null, Map.of());

    public LedgerMapping {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    public static LedgerMapping read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), LedgerMapping.class);
        } catch (IOException e) {
            throw new LedgerFileException("validation.ledger.badMapping", file + ": " + e.getMessage(), e);
        }
    }

    public void write(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }

    /** The mapping a preview used, to save after the user confirmed it. */
    public static LedgerMapping of(LedgerPreview preview) {
        Map<String, String> cols = new LinkedHashMap<>();
        preview.mapping().forEach(m -> cols.put(m.field(), m.column()));
        return new LedgerMapping(preview.sheet(), preview.headerLastRow(), null, cols);
    }
}

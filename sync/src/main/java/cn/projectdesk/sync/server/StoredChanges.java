package cn.projectdesk.sync.server;

import cn.projectdesk.core.store.FieldChange;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field changes of a stored change ({@code server_change.changes}): {@code {"name":[old,new],...}}
 * (ADR 33). Half the size of the wire shape {@code {"name":{"oldValue":old,"newValue":new}}}, which rows
 * stored before schema 4 still hold and which is read as well.
 */
final class StoredChanges {
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();

    private StoredChanges() {
    }

    static String write(Map<String, FieldChange> changes) {
        StringBuilder out = new StringBuilder(48 * changes.size() + 2).append('{');
        for (Map.Entry<String, FieldChange> field : changes.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, field.getKey()).append(":[");
            string(out, field.getValue().oldValue()).append(',');
            string(out, field.getValue().newValue()).append(']');
        }
        return out.append('}').toString();
    }

    static StringBuilder string(StringBuilder out, String value) {
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        if (plain(value)) { // nearly every value: Jackson's escaper cost a tenth of a bundle import
            out.append(value);
        } else {
            ESCAPE.quoteAsString(value, out);
        }
        return out.append('"');
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 || ch == '"' || ch == '\\') {
                return false;
            }
        }
        return true;
    }

    static Map<String, FieldChange> read(String text) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(text)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, text);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken shape = p.nextToken();
                if (shape == JsonToken.START_ARRAY) {
                    p.nextToken();
                    String oldValue = p.getValueAsString();
                    p.nextToken();
                    String newValue = p.getValueAsString();
                    expect(p.nextToken(), JsonToken.END_ARRAY, text);
                    changes.put(field, new FieldChange(oldValue, newValue));
                } else {
                    expect(shape, JsonToken.START_OBJECT, text);
                    changes.put(field, wireShape(p, text));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable stored change: " + text, e);
        }
        return changes;
    }

    private static FieldChange wireShape(JsonParser p, String text) throws IOException {
        String oldValue = null;
        String newValue = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "oldValue" -> oldValue = p.getValueAsString();
                case "newValue" -> newValue = p.getValueAsString();
                default -> throw new IllegalStateException("unknown key " + name);
            }
        }
        expect(p.currentToken(), JsonToken.END_OBJECT, text);
        return new FieldChange(oldValue, newValue);
    }

    private static void expect(JsonToken actual, JsonToken wanted, String text) {
        if (actual != wanted) {
            throw new IllegalStateException(wanted + " expected, found " + actual + " in " + text);
        }
    }
}

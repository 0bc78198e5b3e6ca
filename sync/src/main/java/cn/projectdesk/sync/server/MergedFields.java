package cn.projectdesk.sync.server;

import cn.projectdesk.core.store.FieldVersion;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The merged fields of one server row as stored in {@code server_entity.merged_fields} (ADR 33). One row
 * per record instead of one per field halved the rows a push writes; the server never queries a field's
 * value in SQL (org units, the one lookup it needs, have their own table). The fields of a record are
 * mostly set by one change, so the stamps are listed once and each field names its stamp:
 * {@code {"@":[[hlc,node,changeId],...],"name":[value,stampIndex],...}}.
 */
final class MergedFields {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String STAMPS = "@";

    private MergedFields() {
    }

    private record Stamp(long hlc, String nodeId, UUID changeId) {
    }

    /** Written by hand, strings escaped by Jackson: a generator per row cost a tenth of a bundle import. */
    static String write(Map<String, FieldVersion> fields) {
        Map<Stamp, Integer> stamps = new LinkedHashMap<>();
        for (FieldVersion v : fields.values()) {
            stamps.putIfAbsent(new Stamp(v.hlc(), v.nodeId(), v.changeId()), stamps.size());
        }
        StringBuilder out = new StringBuilder(40 * fields.size() + 80 * stamps.size());
        out.append("{\"").append(STAMPS).append("\":[");
        boolean first = true;
        for (Stamp stamp : stamps.keySet()) {
            out.append(first ? "[" : ",[").append(stamp.hlc()).append(',');
            string(out, stamp.nodeId()).append(',');
            string(out, stamp.changeId() == null ? null : stamp.changeId().toString()).append(']');
            first = false;
        }
        out.append(']');
        for (Map.Entry<String, FieldVersion> field : fields.entrySet()) {
            FieldVersion v = field.getValue();
            out.append(',');
            string(out, field.getKey()).append(":[");
            string(out, v.value()).append(',').append(stamps.get(new Stamp(v.hlc(), v.nodeId(), v.changeId()))).append(']');
        }
        return out.append('}').toString();
    }

    private static StringBuilder string(StringBuilder out, String value) {
        return StoredChanges.string(out, value);
    }

    /** The fields of a stored row; a row that is not of this shape is refused by name. */
    static Map<String, FieldVersion> read(UUID entityId, String text) {
        Map<String, FieldVersion> fields = new HashMap<>();
        List<Stamp> stamps = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, entityId);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                expect(p.nextToken(), JsonToken.START_ARRAY, entityId);
                if (STAMPS.equals(name)) {
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        p.nextToken();
                        long hlc = p.getLongValue();
                        p.nextToken();
                        String node = p.getValueAsString();
                        p.nextToken();
                        String changeId = p.getValueAsString();
                        expect(p.nextToken(), JsonToken.END_ARRAY, entityId);
                        stamps.add(new Stamp(hlc, node, changeId == null ? null : UUID.fromString(changeId)));
                    }
                    continue;
                }
                p.nextToken();
                String value = p.getValueAsString();
                p.nextToken();
                Stamp stamp = stamps.get(p.getIntValue());
                expect(p.nextToken(), JsonToken.END_ARRAY, entityId);
                fields.put(name, new FieldVersion(value, stamp.hlc(), stamp.nodeId(), stamp.changeId()));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable merged fields of server row " + entityId + ": " + e.getMessage(), e);
        }
        return fields;
    }

    private static void expect(JsonToken actual, JsonToken wanted, UUID entityId) {
        if (actual != wanted) {
            throw new IllegalStateException("unreadable merged fields of server row " + entityId + ": " + wanted
                    + " expected, found " + actual);
        }
    }
}

package cn.projectdesk.app.ui.sync;

import cn.projectdesk.core.store.ConflictRow;
import java.util.Map;

/** A conflict as the list shows it: the row and a readable name of the record it is about (code, name). */
record ConflictItem(ConflictRow row, String record) {
    static ConflictItem of(ConflictRow row, Map<String, String> values) {
        String code = values.get("code");
        String name = values.get("name");
        String label = code == null ? (name == null ? row.entityId().toString().substring(0, 8) : name)
                : (name == null ? code : code + " " + name);
        return new ConflictItem(row, label);
    }
}

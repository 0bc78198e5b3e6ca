package cn.projectdesk.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.store.FieldChange;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredChangesTest {
    @Test
    void valuesComeBackInOrderWithNullsAndAnyCharacters() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("name", new FieldChange("旧名", "新名 \"二期\"\n\t\\ 🚧"));
        changes.put("owner", new FieldChange(null, "0190aa00-0000-7000-8000-000000000001"));
        changes.put("deleted", new FieldChange("false", null));

        String text = StoredChanges.write(changes);

        assertThat(StoredChanges.read(text)).containsExactlyEntriesOf(changes);
        assertThat(text).doesNotContain("oldValue");
        assertThat(StoredChanges.read(StoredChanges.write(Map.of()))).isEmpty();
    }

    @Test
    void rowsStoredBeforeSchemaFourInTheWireShapeAreRead() {
        String wire = "{\"name\":{\"oldValue\":null,\"newValue\":\"智慧停车\"},\"year\":{\"newValue\":\"2026\",\"oldValue\":\"2025\"}}";

        assertThat(StoredChanges.read(wire)).containsExactly(
                Map.entry("name", new FieldChange(null, "智慧停车")), Map.entry("year", new FieldChange("2025", "2026")));
    }

    @Test
    void aDamagedRowIsRefusedWithItsText() {
        assertThatThrownBy(() -> StoredChanges.read("{\"name\":[\"a\"")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unreadable stored change");
        assertThatThrownBy(() -> StoredChanges.read("{\"name\":{\"value\":\"a\"}}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StoredChanges.read("[]")).isInstanceOf(IllegalStateException.class);
    }
}

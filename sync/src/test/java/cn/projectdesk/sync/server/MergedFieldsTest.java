package cn.projectdesk.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.store.FieldVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MergedFieldsTest {
    private static final UUID ROW = UUID.randomUUID();

    @Test
    void everyValueAndStampComesBackAndSharedStampsAreWrittenOnce() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Map<String, FieldVersion> fields = new LinkedHashMap<>();
        fields.put("code", new FieldVersion("KS1-2026-001", 7L << 16, "node-a", first));
        fields.put("name", new FieldVersion("道路\"改造\"\n二期 \\ 🚧", 7L << 16, "node-a", first));
        fields.put("owner", new FieldVersion(null, 9L << 16, "node-b", second));
        fields.put("budget", new FieldVersion("1200000.00", 9L << 16, "node-b", second));
        fields.put("legacy", new FieldVersion("x", 1, "", null));

        String text = MergedFields.write(fields);

        assertThat(MergedFields.read(ROW, text)).isEqualTo(fields);
        assertThat(text.split(first.toString(), -1)).hasSize(2);
        assertThat(text.split(second.toString(), -1)).hasSize(2);
        assertThat(MergedFields.read(ROW, MergedFields.write(Map.of()))).isEmpty();
    }

    @Test
    void aDamagedRowIsRefusedByName() {
        assertThatThrownBy(() -> MergedFields.read(ROW, "{\"@\":[],\"name\":[\"x\",3]}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ROW.toString());
        assertThatThrownBy(() -> MergedFields.read(ROW, "[1,2]"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ROW.toString());
        assertThatThrownBy(() -> MergedFields.read(ROW, "{\"@\":[[1,\"n\",\"c\"]"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ROW.toString());
    }
}

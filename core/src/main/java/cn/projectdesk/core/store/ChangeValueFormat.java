package cn.projectdesk.core.store;

import cn.projectdesk.core.domain.SyncableEntity;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** Canonical text of a field value in the change log: stable across JVMs so hashes and merges agree. */
final class ChangeValueFormat {
    private ChangeValueFormat() {
    }

    static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SyncableEntity entity) {
            return entity.getId().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(ChangeValueFormat::format).sorted().collect(Collectors.joining(","));
        }
        return value.toString();
    }
}

package cn.projectdesk.app.ui.common;

import java.util.Objects;

/**
 * An entry of a choice box with its own label; {@code value} null stands for "all". Combo boxes
 * handle a null item badly, so "all" is an item of its own.
 */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }

    public boolean sameValue(Choice<?> other) {
        return other != null && Objects.equals(value, other.value);
    }
}

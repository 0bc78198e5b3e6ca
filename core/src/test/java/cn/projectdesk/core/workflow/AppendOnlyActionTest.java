package cn.projectdesk.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Approval actions and resolved routes can be added, never changed: no setters, no updatable column. */
class AppendOnlyActionTest {
    @Test
    void actionsAndRouteStepsHaveNoUpdatePath() {
        for (Class<?> type : List.of(ApprovalAction.class, ApprovalRequestStep.class)) {
            for (Field field : type.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                JoinColumn join = field.getAnnotation(JoinColumn.class);
                if (column != null) {
                    assertThat(column.updatable()).as(type.getSimpleName() + "." + field.getName()).isFalse();
                }
                if (join != null) {
                    assertThat(join.updatable()).as(type.getSimpleName() + "." + field.getName()).isFalse();
                }
            }
            List<String> mutators = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> !Modifier.isPrivate(m.getModifiers()))
                    .map(Method::getName).filter(n -> n.startsWith("set")).toList();
            assertThat(mutators).as(type.getSimpleName()).isEmpty();
        }
    }
}

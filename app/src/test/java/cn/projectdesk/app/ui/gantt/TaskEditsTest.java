package cn.projectdesk.app.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.schedule.ConstraintType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskEditsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static Optional<String> key(ConstraintType type, LocalDate date, int[] estimate, int percent,
                                        LocalDate start, LocalDate finish) {
        return TaskEdits.check(type, date, estimate, percent, start, finish).map(TaskEdits.Problem::key);
    }

    @Test
    void everyDatedConstraintNeedsItsDate() {
        for (ConstraintType type : ConstraintType.values()) {
            Optional<String> problem = key(type, null, null, 0, null, null);
            if (type == ConstraintType.ASAP || type == ConstraintType.ALAP) {
                assertThat(problem).as(type.name()).isEmpty();
            } else {
                assertThat(problem).as(type.name()).contains("task.dialog.error.constraintDate");
                assertThat(key(type, DAY, null, 0, null, null)).as(type.name()).isEmpty();
            }
        }
    }

    @Test
    void estimatesMustBeOrdered() {
        assertThat(key(ConstraintType.ASAP, null, new int[] {5, 4, 9}, 0, null, null)).contains("task.dialog.error.estimateOrder");
        assertThat(key(ConstraintType.ASAP, null, new int[] {4, 4, 3}, 0, null, null)).contains("task.dialog.error.estimateOrder");
        assertThat(key(ConstraintType.ASAP, null, new int[] {4, 4, 4}, 0, null, null)).isEmpty();
    }

    @Test
    void actualDatesMustFitTheProgress() {
        assertThat(key(ConstraintType.ASAP, null, null, 100, DAY, DAY.minusDays(1))).contains("task.dialog.error.finishBeforeStart");
        assertThat(key(ConstraintType.ASAP, null, null, 80, DAY, DAY.plusDays(3))).contains("task.dialog.error.finishNotComplete");
        assertThat(key(ConstraintType.ASAP, null, null, 100, null, DAY)).contains("task.dialog.error.finishWithoutStart");
        assertThat(key(ConstraintType.ASAP, null, null, 100, DAY, DAY.plusDays(3))).isEmpty();
        assertThat(key(ConstraintType.ASAP, null, null, 30, DAY, null)).isEmpty();
    }
}

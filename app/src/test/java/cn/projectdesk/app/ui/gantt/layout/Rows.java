package cn.projectdesk.app.ui.gantt.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small hand-made plans for the layout tests. */
final class Rows {
    private Rows() {
    }

    static GanttRow task(String code, String name, LocalDate start, LocalDate finish, int percent, String predecessors) {
        int level = code.split("\\.").length - 1;
        return new GanttRow(UUID.nameUUIDFromBytes(code.getBytes()), null, level, code, name,
                (int) (finish.toEpochDay() - start.toEpochDay() + 1), start, finish, percent, false, false, predecessors,
                false, null, null, false);
    }

    static GanttRow summary(String code, String name, LocalDate start, LocalDate finish) {
        GanttRow t = task(code, name, start, finish, 0, "");
        return new GanttRow(t.id(), null, t.level(), code, name, t.durationDays(), start, finish, 0, false, true, "",
                false, null, null, false);
    }

    static GanttRow milestone(String code, String name, LocalDate day, String predecessors) {
        GanttRow t = task(code, name, day, day, 0, predecessors);
        return new GanttRow(t.id(), null, t.level(), code, name, 0, day, day, 0, true, false, predecessors,
                false, null, null, false);
    }

    static GanttModel model(GanttRow... rows) {
        List<GanttRow> list = List.of(rows);
        return GanttModel.of(list, GanttRows.links(list), java.util.Set.of());
    }

    /** n plain one-week tasks in a chain, each starting after the previous one. */
    static List<GanttRow> chain(int n, LocalDate start) {
        List<GanttRow> rows = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            LocalDate s = start.plusDays((i - 1) % 400);
            rows.add(task(String.valueOf(i), "任务 " + i, s, s.plusDays(6), i % 100, i > 1 ? String.valueOf(i - 1) : ""));
        }
        return rows;
    }
}

package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.gantt.layout.TableColumnSpec;
import cn.projectdesk.app.ui.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of the task table beside the chart, any of which but the name can be hidden. Total
 * float is not offered yet: it needs the late dates of the CPM engine, which core does not have.
 */
public enum GanttColumns {
    WBS, NAME, DURATION, START, FINISH, PERCENT;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public static Set<GanttColumns> defaults() {
        return EnumSet.allOf(GanttColumns.class);
    }

    public String header(Messages messages) {
        return messages.get("gantt.column." + name().toLowerCase(java.util.Locale.ROOT));
    }

    public static List<TableColumnSpec> specs(Messages messages, Set<GanttColumns> shown) {
        List<TableColumnSpec> specs = new ArrayList<>();
        for (GanttColumns c : values()) {
            if (c == NAME || shown.contains(c)) {
                specs.add(c.spec(messages));
            }
        }
        return specs;
    }

    private TableColumnSpec spec(Messages messages) {
        String id = name().toLowerCase(java.util.Locale.ROOT);
        return switch (this) {
            case WBS -> new TableColumnSpec(id, header(messages), 58, Shape.Align.LEFT, false, GanttRow::wbsCode);
            case NAME -> new TableColumnSpec(id, header(messages), 210, Shape.Align.LEFT, true, GanttRow::name);
            case DURATION -> new TableColumnSpec(id, header(messages), 50, Shape.Align.RIGHT, false,
                    r -> messages.format("gantt.days", r.durationDays()));
            case START -> new TableColumnSpec(id, header(messages), 82, Shape.Align.LEFT, false, r -> date(r.start()));
            case FINISH -> new TableColumnSpec(id, header(messages), 82, Shape.Align.LEFT, false, r -> date(r.finish()));
            case PERCENT -> new TableColumnSpec(id, header(messages), 48, Shape.Align.RIGHT, false, r -> r.percentComplete() + "%");
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}

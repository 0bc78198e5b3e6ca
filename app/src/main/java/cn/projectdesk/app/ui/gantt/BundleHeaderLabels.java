package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.gantt.layout.HeaderLabels;
import cn.projectdesk.app.ui.gantt.layout.TimeUnit;
import cn.projectdesk.app.ui.i18n.Messages;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;

/** Header cell texts from the bundles: a wide form ("2026年11月") when the cell has room, else a short one ("11月"). */
public final class BundleHeaderLabels implements HeaderLabels {
    static final double WIDE = 96;
    private final Messages messages;

    public BundleHeaderLabels(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String label(TimeUnit unit, LocalDate d, double cellWidth) {
        String form = cellWidth >= WIDE ? ".wide" : "";
        String monthName = d.getMonth().getDisplayName(TextStyle.SHORT, messages.locale());
        return switch (unit) {
            case DAY -> String.valueOf(d.getDayOfMonth());
            case WEEK -> messages.format("gantt.header.week" + form, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    d.getMonthValue(), d.getDayOfMonth(), monthName);
            case MONTH -> messages.format("gantt.header.month" + form, d.getYear(), d.getMonthValue(), monthName);
            case QUARTER -> messages.format("gantt.header.quarter" + form, d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> messages.format("gantt.header.year", d.getYear());
        };
    }
}

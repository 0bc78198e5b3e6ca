package cn.projectdesk.core.interop;

import java.util.List;

/** Fixed-width per-file table of a set of schedule-check reports. */
final class AgreementTable {
    private AgreementTable() {
    }

    static String render(List<ScheduleCheckReport> reports) {
        StringBuilder out = new StringBuilder(String.format("%-52s %5s %5s %5s %5s %5s %5s %5s  %s%n",
                "file", "tasks", "cmp", "ES", "EF", "LS", "LF", "TS", "unsupported (excluded)"));
        for (ScheduleCheckReport r : reports) {
            out.append(String.format("%-52s %5d %5d %5d %5d %5d %5d %5d  %s%n", r.file(), r.tasks(), r.compared(),
                    r.earlyStartMatch(), r.earlyFinishMatch(), r.lateStartMatch(), r.lateFinishMatch(),
                    r.totalSlackMatch(), String.join("; ", r.unsupported())));
        }
        return out.toString();
    }
}

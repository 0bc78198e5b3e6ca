package cn.projectdesk.core.interop;

import java.util.List;

/**
 * How our engine's dates compare with MS Project's for one file: counts of compared tasks whose
 * early/late start/finish and total slack equal MS Project's within one minute.
 */
public record ScheduleCheckReport(String file, int tasks, int compared, int earlyStartMatch, int earlyFinishMatch,
                                  int lateStartMatch, int lateFinishMatch, int totalSlackMatch,
                                  List<String> unsupported, List<String> mismatches) {

    public boolean allMatch() {
        return earlyStartMatch == compared && earlyFinishMatch == compared && lateStartMatch == compared
                && lateFinishMatch == compared && totalSlackMatch == compared;
    }

    /** Matching values over all compared values, 1.0 when nothing was compared. */
    public double matchRate() {
        int total = compared * 5;
        int ok = earlyStartMatch + earlyFinishMatch + lateStartMatch + lateFinishMatch + totalSlackMatch;
        return total == 0 ? 1.0 : (double) ok / total;
    }
}

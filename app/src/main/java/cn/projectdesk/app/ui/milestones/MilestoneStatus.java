package cn.projectdesk.app.ui.milestones;

import java.time.LocalDate;

/** The colour a milestone gets on the portfolio timeline. */
public enum MilestoneStatus {
    DONE, OVERDUE, DUE_SOON, OPEN;

    /** How far ahead "due soon" looks, as the issue asks. */
    public static final int DUE_SOON_DAYS = 14;

    public static MilestoneStatus of(LocalDate date, int percentComplete, LocalDate today) {
        if (percentComplete >= 100) {
            return DONE;
        }
        if (date == null) {
            return OPEN;
        }
        if (date.isBefore(today)) {
            return OVERDUE;
        }
        return date.isAfter(today.plusDays(DUE_SOON_DAYS)) ? OPEN : DUE_SOON;
    }
}

package cn.projectdesk.sync.protocol;

import java.util.Set;

/**
 * Reference data: org units, roles, users, calendars, code lists and approval flows. It comes down from
 * headquarters to every office; offices never push it (a login counter on a user row stays local) and
 * the server refuses it from any device but headquarters.
 */
public final class ReferenceData {
    public static final Set<String> TYPES = Set.of("OrgUnit", "Role", "AppUser", "WorkCalendar",
            "CalendarException", "HolidayDayEntry", "BudgetCode", "ApprovalFlow", "ApprovalFlowStep");

    private ReferenceData() {
    }
}

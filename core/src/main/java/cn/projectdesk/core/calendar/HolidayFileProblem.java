package cn.projectdesk.core.calendar;

/** One thing wrong with a holiday file: where (line, 1-based) and why (a message key with its detail). */
public record HolidayFileProblem(int line, String reasonKey, String detail) {
}

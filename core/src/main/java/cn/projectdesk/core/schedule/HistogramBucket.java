package cn.projectdesk.core.schedule;

import java.time.LocalDate;

/** Iterations whose project finish fell on a day in [from, to]; cumulative is the share finished by {@code to}. */
public record HistogramBucket(LocalDate from, LocalDate to, int count, double cumulative) {
}

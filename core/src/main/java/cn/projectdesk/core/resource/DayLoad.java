package cn.projectdesk.core.resource;

import java.time.LocalDate;

/** One day of a resource's load histogram. */
public record DayLoad(LocalDate date, int units, int maxUnits) {
    public boolean over() {
        return units > maxUnits;
    }
}

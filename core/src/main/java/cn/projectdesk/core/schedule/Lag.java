package cn.projectdesk.core.schedule;

/** A lag (positive) or lead (negative) on a link. */
public record Lag(int amount, LagUnit unit) {
    public static final Lag NONE = new Lag(0, LagUnit.WORKING_MINUTES);

    public static Lag working(int minutes) {
        return new Lag(minutes, LagUnit.WORKING_MINUTES);
    }

    public static Lag elapsed(int minutes) {
        return new Lag(minutes, LagUnit.ELAPSED_MINUTES);
    }

    public static Lag percent(int percent) {
        return new Lag(percent, LagUnit.PERCENT);
    }
}

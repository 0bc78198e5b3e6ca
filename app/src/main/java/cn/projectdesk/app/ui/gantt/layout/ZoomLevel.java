package cn.projectdesk.app.ui.gantt.layout;

/**
 * The zoom presets, from days to years: pixels per calendar day and the two header tiers. A free
 * zoom (Ctrl+wheel, fit) takes the tiers of the nearest preset at or above its scale.
 */
public enum ZoomLevel {
    DAYS(26, TimeUnit.WEEK, TimeUnit.DAY),
    WEEKS(7, TimeUnit.MONTH, TimeUnit.WEEK),
    MONTHS(2.2, TimeUnit.QUARTER, TimeUnit.MONTH),
    QUARTERS(0.75, TimeUnit.YEAR, TimeUnit.QUARTER),
    YEARS(0.3, TimeUnit.YEAR, TimeUnit.QUARTER);

    public static final double MIN_PX_PER_DAY = 0.1;
    public static final double MAX_PX_PER_DAY = 60;

    private final double pxPerDay;
    private final TimeUnit top;
    private final TimeUnit bottom;

    ZoomLevel(double pxPerDay, TimeUnit top, TimeUnit bottom) {
        this.pxPerDay = pxPerDay;
        this.top = top;
        this.bottom = bottom;
    }

    public double pxPerDay() {
        return pxPerDay;
    }

    public TimeUnit top() {
        return top;
    }

    public TimeUnit bottom() {
        return bottom;
    }

    /** The preset whose tiers fit a scale: the finest one that is not finer than it. */
    public static ZoomLevel forScale(double pxPerDay) {
        for (ZoomLevel level : values()) {
            if (pxPerDay >= level.pxPerDay * 0.999) {
                return level;
            }
        }
        return YEARS;
    }

    public static double clamp(double pxPerDay) {
        return Math.max(MIN_PX_PER_DAY, Math.min(MAX_PX_PER_DAY, pxPerDay));
    }
}

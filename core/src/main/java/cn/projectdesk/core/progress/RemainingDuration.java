package cn.projectdesk.core.progress;

/**
 * Remaining duration as MS Project relates it to duration and % complete: the work done
 * (duration × % complete, whole working days) stays, and a new remaining duration makes the new
 * duration (done + remaining) and with it the new % complete.
 */
public record RemainingDuration(int durationDays, int percentComplete) {
    public RemainingDuration {
        if (durationDays < 0 || percentComplete < 0 || percentComplete > 100) {
            throw new IllegalArgumentException("duration " + durationDays + ", % complete " + percentComplete);
        }
    }

    /** Whole working days done, rounded half up. */
    public int doneDays() {
        return (durationDays * percentComplete + 50) / 100;
    }

    public int remainingDays() {
        return durationDays - doneDays();
    }

    /** Duration and % complete after the remaining duration is set to {@code remaining} working days. */
    public RemainingDuration withRemaining(int remaining) {
        if (remaining < 0) {
            throw new IllegalArgumentException("negative remaining duration " + remaining);
        }
        int done = doneDays();
        int duration = done + remaining;
        int percent = duration == 0 ? percentComplete : (done * 100 + duration / 2) / duration;
        return new RemainingDuration(duration, percent);
    }
}

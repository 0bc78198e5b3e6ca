package cn.projectdesk.core.clock;

import java.time.Clock;
import java.util.Objects;

/**
 * Hybrid logical clock (Kulkarni et al.): a 64-bit value of 48 bits wall-clock milliseconds and a
 * 16-bit logical counter. It never runs backwards, even when the PC's clock is set back, and it moves
 * past every timestamp received from another node, so "later" is well defined across offices.
 */
public final class HybridLogicalClock {
    private static final int COUNTER_BITS = 16;
    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;

    private Clock wallClock;
    private long last;

    public HybridLogicalClock(Clock wallClock) {
        this.wallClock = Objects.requireNonNull(wallClock);
    }

    /**
     * Reads another wall clock from now on (the clock still never runs backwards). The convergence test
     * puts each office an hour ahead or behind this way, as a PC with a wrong clock would be.
     */
    public synchronized void useWallClock(Clock clock) {
        this.wallClock = Objects.requireNonNull(clock);
    }

    public static HybridLogicalClock system() {
        return new HybridLogicalClock(Clock.systemUTC());
    }

    /** A new timestamp for a local event, strictly greater than every earlier one. */
    public synchronized long tick() {
        long physical = wallClock.millis() << COUNTER_BITS;
        last = Math.max(last + 1, physical);
        return last;
    }

    /** Merges a timestamp received from another node; the result is greater than both. */
    public synchronized long observe(long remote) {
        long physical = wallClock.millis() << COUNTER_BITS;
        last = Math.max(Math.max(last, remote) + 1, physical);
        return last;
    }

    public static long physicalMillis(long hlc) {
        return hlc >>> COUNTER_BITS;
    }

    public static int counter(long hlc) {
        return (int) (hlc & COUNTER_MASK);
    }
}

package cn.projectdesk.core.schedule;

/**
 * How a Monte Carlo run is made. The result depends on the seed and the iteration count only,
 * never on {@code threads}: iterations are cut into fixed chunks, each with its own seeded stream.
 */
public record RiskSettings(int iterations, long seed, DurationDistribution distribution, int threads) {
    public static final int MAX_ITERATIONS = 1_000_000;

    public RiskSettings {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + MAX_ITERATIONS + ", got " + iterations);
        }
        if (distribution == null) {
            distribution = DurationDistribution.PERT;
        }
        if (threads < 1) {
            threads = Runtime.getRuntime().availableProcessors();
        }
    }

    /** Every core of the machine. */
    public static RiskSettings of(int iterations, long seed, DurationDistribution distribution) {
        return new RiskSettings(iterations, seed, distribution, 0);
    }
}

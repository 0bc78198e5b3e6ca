package cn.projectdesk.core.schedule;

import java.util.random.RandomGenerator;

/** How a duration is drawn from its three-point estimate. */
public enum DurationDistribution {
    /** Straight lines from optimistic up to most likely and down to pessimistic; heavy tails. */
    TRIANGULAR {
        @Override
        double sample(double a, double m, double b, RandomGenerator random) {
            if (b <= a) {
                return a;
            }
            double u = random.nextDouble();
            double range = b - a;
            // inverse of the distribution function, one branch on each side of the mode
            return u < (m - a) / range
                    ? a + Math.sqrt(u * range * (m - a))
                    : b - Math.sqrt((1 - u) * range * (b - m));
        }
    },
    /**
     * PERT-beta: a beta distribution on [optimistic, pessimistic] with mean (a + 4m + b) / 6; weights
     * the most likely value more than the triangle does.
     */
    PERT {
        @Override
        double sample(double a, double m, double b, RandomGenerator random) {
            if (b <= a) {
                return a;
            }
            double alpha = 1 + 4 * (m - a) / (b - a);
            double beta = 1 + 4 * (b - m) / (b - a);
            double x = gamma(alpha, random);
            double y = gamma(beta, random);
            return a + (b - a) * x / (x + y);
        }
    };

    /** One duration in the estimate's unit; equal estimates always give that value. */
    abstract double sample(double a, double m, double b, RandomGenerator random);

    /**
     * Marsaglia and Tsang's gamma sampler; PERT shapes are always ≥ 1, where it needs no boost step.
     */
    static double gamma(double shape, RandomGenerator random) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}

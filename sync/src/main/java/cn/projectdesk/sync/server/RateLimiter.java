package cn.projectdesk.sync.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per device: {@code perSecond} requests on average, bursts up to {@code burst}. Kept in
 * the instance's memory: with several instances each limits its own share, which only makes the
 * limit looser, never wrong.
 */
public final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double perSecond, double burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    public boolean tryAcquire(String device) {
        double[] bucket = buckets.computeIfAbsent(device, d -> new double[]{burst, nanoTime.getAsLong()});
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket[0] = Math.min(burst, bucket[0] + (now - bucket[1]) / 1e9 * perSecond);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                return true;
            }
            return false;
        }
    }
}

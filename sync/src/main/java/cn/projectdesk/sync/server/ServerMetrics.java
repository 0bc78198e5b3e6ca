package cn.projectdesk.sync.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of this instance, served as Prometheus text at /metrics. */
public final class ServerMetrics {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    public void add(String name, long amount) {
        counters.computeIfAbsent(name, n -> new LongAdder()).add(amount);
    }

    public long get(String name) {
        LongAdder adder = counters.get(name);
        return adder == null ? 0 : adder.sum();
    }

    public String prometheus() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(counters).forEach((name, value) ->
                out.append("projectdesk_sync_").append(name).append(' ').append(value.sum()).append('\n'));
        return out.toString();
    }
}

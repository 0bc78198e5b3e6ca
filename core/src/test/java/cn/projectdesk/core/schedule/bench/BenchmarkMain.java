package cn.projectdesk.core.schedule.bench;

import cn.projectdesk.core.schedule.CpmProject;
import cn.projectdesk.core.schedule.CpmSchedule;
import cn.projectdesk.core.schedule.CriticalPathSolver;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the scheduling benchmarks with modest iterations (2-core machines) and writes
 * {@code target/bench/schedule-bench.json}: per benchmark the median, its unit, the machine, and
 * the side-by-side with MPXJ's scheduler. Our passes run in a 256 MB heap, which is the memory check.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        String loadBefore = loadAverage();
        Files.createDirectories(out);
        Collection<RunResult> ours = new Runner(options("fullPass|incrementalAfterOneDurationChange|incrementalAfterOneLinkChange|incrementalAfterOneConstraintChange", out.resolve("jmh-ours.json"))
                .warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                .measurementTime(TimeValue.seconds(1)).jvmArgs("-Xms256m", "-Xmx256m").build()).run();
        Collection<RunResult> mpxj = new Runner(options("mpxjMicrosoftScheduler", out.resolve("jmh-mpxj.json"))
                .warmupIterations(1).measurementIterations(3).jvmArgs("-Xmx6g").build()).run();
        List<Map<String, Object>> rows = new ArrayList<>();
        ours.forEach(r -> rows.add(row(r)));
        mpxj.forEach(r -> rows.add(row(r)));
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> machine = machine();
        // on shared machines other work skews every figure: keep the load next to them
        machine.put("loadAverageBefore", loadBefore);
        machine.put("loadAverageAfter", loadAverage());
        report.put("machine", machine);
        report.put("results", rows);
        report.put("sideBySide", sideBySide(rows));
        report.put("memory", memory());
        Path file = out.resolve("schedule-bench.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        System.out.println(Files.readString(file));
    }

    private static OptionsBuilder options(String include, Path json) {
        OptionsBuilder b = new OptionsBuilder();
        b.include(ScheduleBenchmarks.class.getName() + "\\.(" + include + ")$").forks(1)
                .resultFormat(ResultFormatType.JSON).result(json.toString());
        return b;
    }

    private static Map<String, Object> row(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.getParams().getBenchmark().replaceAll(".*\\.", ""));
        m.put("size", Integer.valueOf(r.getParams().getParam("size")));
        m.put("mode", r.getParams().getMode().shortLabel());
        m.put("median", r.getPrimaryResult().getStatistics().getPercentile(50));
        m.put("unit", r.getPrimaryResult().getScoreUnit());
        m.put("samples", r.getPrimaryResult().getStatistics().getN());
        return m;
    }

    /** Our full pass against MPXJ's scheduler on the same network, both in milliseconds. */
    private static List<Map<String, Object>> sideBySide(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> mine : rows) {
            if (!"fullPass".equals(mine.get("name"))) {
                continue;
            }
            for (Map<String, Object> theirs : rows) {
                if ("mpxjMicrosoftScheduler".equals(theirs.get("name")) && theirs.get("size").equals(mine.get("size"))) {
                    double a = (double) mine.get("median");
                    double b = (double) theirs.get("median");
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("size", mine.get("size"));
                    m.put("oursMs", a);
                    m.put("mpxjMs", b);
                    m.put("mpxjOverOurs", b / a);
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Heap retained by a 100k-task network and its schedule, measured in this JVM after GC. */
    private static Map<String, Object> memory() {
        Runtime rt = Runtime.getRuntime();
        long before = used(rt);
        CpmProject project = BenchNetworks.ours(100_000, 42);
        long withNetwork = used(rt);
        CpmSchedule schedule = new CriticalPathSolver(ScheduleBenchmarks.CALENDAR).solve(project);
        long withSchedule = used(rt);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tasks", schedule.size());
        m.put("networkMB", (withNetwork - before) / 1e6);
        m.put("scheduleMB", (withSchedule - withNetwork) / 1e6);
        m.put("maxHeapMB", rt.maxMemory() / 1e6);
        m.put("note", "our JMH forks ran with -Xmx256m, including the 100k full pass");
        return m;
    }

    private static long used(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("arch", System.getProperty("os.arch"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("cpu", cpuModel());
        return m;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.replaceAll(".*:\\s*", "")).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return System.getenv().getOrDefault("PROCESSOR_IDENTIFIER", "unknown");
        }
    }
}

package cn.projectdesk.app.ui.gantt.bench;

import cn.projectdesk.app.ui.gantt.BundleHeaderLabels;
import cn.projectdesk.app.ui.gantt.GanttColumns;
import cn.projectdesk.app.ui.gantt.export.Graphics2DPainter;
import cn.projectdesk.app.ui.gantt.layout.ChartOptions;
import cn.projectdesk.app.ui.gantt.layout.ChartSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.GanttModel;
import cn.projectdesk.app.ui.gantt.layout.GanttRow;
import cn.projectdesk.app.ui.gantt.layout.GanttRows;
import cn.projectdesk.app.ui.gantt.layout.RowMetrics;
import cn.projectdesk.app.ui.gantt.layout.TableColumnSpec;
import cn.projectdesk.app.ui.gantt.layout.TableSceneBuilder;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.app.ui.gantt.layout.Viewport;
import cn.projectdesk.app.ui.gantt.layout.ZoomLevel;
import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.schedule.WorkingCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Frame time of the Gantt off-screen: build both display lists (table + chart) for one viewport and
 * rasterise them with Java2D into a 1280×720 image, for a 100-task and a 100k-task plan at the same
 * zoom and viewport (targets: median ≤ 8 ms each, ratio ≤ 1.5); then 1,000 one-row scroll steps in
 * the 100k plan (target: no frame over 16 ms); then a 10k-task plan from service rows to its first
 * frame (target ≤ 1 s; database read not included). Writes app/target/bench/gantt-frame.json.
 * Not a unit test: run it with the command in README.
 */
public final class GanttFrameBenchmark {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    private final Messages messages = Messages.of(Language.CHINESE);
    private final RowMetrics metrics = RowMetrics.DEFAULT;
    private final List<TableColumnSpec> columns = GanttColumns.specs(messages, GanttColumns.defaults());
    private final ChartSceneBuilder chart = new ChartSceneBuilder(metrics, new BundleHeaderLabels(messages));
    private final TableSceneBuilder table = new TableSceneBuilder(metrics);
    private final WorkingCalendar calendar = WorkingCalendar.chinaStandard();
    private final ChartOptions options = new ChartOptions(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 20), true, true, 3,
            calendar::isWorkingDay);
    private final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    private final DisplayList tableList = new DisplayList();
    private final DisplayList chartList = new DisplayList();
    private final double tableWidth = TableSceneBuilder.width(columns);
    private final Graphics2DPainter tablePainter = new Graphics2DPainter(image.createGraphics());
    private final Graphics2DPainter chartPainter = new Graphics2DPainter(translated(image.createGraphics(), tableWidth));
    private boolean paint = true;

    private static Graphics2D translated(Graphics2D g, double dx) {
        g.translate(dx, 0);
        return g;
    }

    public static void main(String[] args) throws Exception {
        new GanttFrameBenchmark().run();
    }

    private void run() throws Exception {
        GanttModel small = model(plan(100));
        GanttModel large = model(plan(100_000));
        TimeScale scale = new TimeScale(START.minusDays(14), ZoomLevel.WEEKS.pxPerDay());
        // Same viewport for both: rows 40.. of the plan, the first months of the time line.
        double scrollY = 40 * metrics.rowHeight();
        double scrollX = 0;
        double smallY = Math.min(scrollY, maxScroll(small));
        frames(small, scale, scrollX, smallY, 500, 1);
        frames(large, scale, scrollX, scrollY, 500, 1);
        // Interleaved rounds, so that JIT, GC and other load on the machine hit both sides alike.
        double[] smallSamples = new double[0];
        double[] largeSamples = new double[0];
        for (int round = 0; round < 6; round++) {
            smallSamples = concat(smallSamples, frames(small, scale, scrollX, smallY, 0, 100));
            largeSamples = concat(largeSamples, frames(large, scale, scrollX, scrollY, 0, 100));
        }
        double small100 = median(smallSamples);
        double large100k = median(largeSamples);
        paint = false;
        double buildSmall = median(frames(small, scale, scrollX, smallY, 200, 300));
        double buildLarge = median(frames(large, scale, scrollX, scrollY, 200, 300));
        paint = true;
        Map<String, Object> scrolling = scroll(large, scale, false);
        Map<String, Object> following = scroll(large, scale, true);
        double openMs = openTenThousand(scale);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", "gantt-frame");
        result.put("median", round(large100k));
        result.put("unit", "ms");
        result.put("what", "one off-screen frame: table + chart display lists for a " + WIDTH + "x" + HEIGHT
                + " viewport at weekly zoom, rasterised with Java2D");
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("tasks100MedianMs", round(small100));
        side.put("tasks100kMedianMs", round(large100k));
        side.put("ratio", round(large100k / small100));
        side.put("displayListOnly100MedianMs", round(buildSmall));
        side.put("displayListOnly100kMedianMs", round(buildLarge));
        side.put("targetMedianMs", 8);
        side.put("targetRatio", 1.5);
        result.put("sideBySide", side);
        result.put("scroll1000Rows100k", scrolling);
        result.put("scroll1000Rows100kFollowingDates", following);
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("ms", round(openMs));
        open.put("what", "10k service rows -> chart rows, links parsed from predecessor texts, model, first frame; database read not included");
        open.put("targetMs", 1000);
        result.put("open10k", open);
        result.put("machine", machine());
        Path dir = Files.createDirectories(targetDir().resolve("bench"));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("gantt-frame.json").toFile(), result);
    }

    /**
     * 1,000 one-row steps from row 50,000 of the 100k plan. With {@code follow} the time axis also moves to
     * each top row's start (every frame rebuilds the time layers too); without, it stays at row 50,000's.
     * Wall time includes waiting for a CPU on a shared machine; the thread's CPU time per frame does not.
     * Every frame is reported (max, p99, how many over 16 ms), with the bytes it allocated and whether a
     * garbage collection ran inside it, so that a slow frame is explained rather than hidden.
     */
    private Map<String, Object> scroll(GanttModel large, TimeScale scale, boolean follow) {
        double[] wall = new double[1000];
        double[] cpu = new double[wall.length];
        long[] allocated = new long[wall.length];
        boolean[] collected = new boolean[wall.length];
        double y = 50_000 * metrics.rowHeight();
        double fixedX = scale.x(large.row(50_000).start()) - 200;
        for (int i = 0; i < 200; i++) {
            frame(large, scale, fixedX, y + i * metrics.rowHeight());
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        List<java.lang.management.GarbageCollectorMXBean> collectors = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
        GcPauses pauses = GcPauses.listen(collectors);
        long gcBefore = gcMillis();
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            for (int i = 0; i < wall.length; i++) {
                double x = follow ? scale.x(large.row(50_000 + i).start()) - 200 : fixedX;
                long gc0 = gcCount(collectors);
                long a0 = threads.getCurrentThreadAllocatedBytes();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                frame(large, scale, x, y + i * metrics.rowHeight());
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                allocated[i] = threads.getCurrentThreadAllocatedBytes() - a0;
                collected[i] = gcCount(collectors) != gc0;
            }
        } finally {
            pauses.stop();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("frames", wall.length);
        out.put("followsDates", follow);
        out.put("medianMs", round(median(wall)));
        out.put("p99Ms", round(percentile(wall, 99)));
        out.put("maxMs", round(Arrays.stream(wall).max().orElse(0)));
        out.put("over16Ms", Arrays.stream(wall).filter(v -> v > 16).count());
        out.put("cpuMedianMs", round(median(cpu)));
        out.put("cpuP99Ms", round(percentile(cpu, 99)));
        out.put("cpuMaxMs", round(Arrays.stream(cpu).max().orElse(0)));
        out.put("cpuOver16Ms", Arrays.stream(cpu).filter(v -> v > 16).count());
        out.put("allocatedBytesPerFrameMedian", (long) median(Arrays.stream(allocated).asDoubleStream().toArray()));
        out.put("allocatedBytesPerFrameMax", Arrays.stream(allocated).max().orElse(0));
        out.put("framesWithGc", countTrue(collected));
        out.put("over16MsWithGc", java.util.stream.IntStream.range(0, wall.length).filter(i -> wall[i] > 16 && collected[i]).count());
        out.put("gcPausesDuringScroll", pauses.count());
        out.put("gcMaxPauseMs", pauses.maxMs());
        out.put("gcMsDuringScroll", gcMillis() - gcBefore);
        out.put("gc", collectors.stream().map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        out.put("loadAverageBefore", loadBefore);
        out.put("targetMaxMs", 16);
        return out;
    }

    private static long gcCount(List<java.lang.management.GarbageCollectorMXBean> collectors) {
        long n = 0;
        for (int i = 0; i < collectors.size(); i++) {
            n += collectors.get(i).getCollectionCount();
        }
        return n;
    }

    private static long countTrue(boolean[] values) {
        long n = 0;
        for (boolean v : values) {
            n += v ? 1 : 0;
        }
        return n;
    }

    /** The p-th percentile (nearest rank) of the samples. */
    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Pause times of the collections that end while listening (GC notifications carry their duration). */
    private static final class GcPauses implements javax.management.NotificationListener {
        private final List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
        private int count;
        private long maxMs;

        static GcPauses listen(List<java.lang.management.GarbageCollectorMXBean> collectors) {
            GcPauses pauses = new GcPauses();
            for (var bean : collectors) {
                if (bean instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener(pauses, null, null);
                    pauses.emitters.add(emitter);
                }
            }
            return pauses;
        }

        @Override
        public synchronized void handleNotification(javax.management.Notification n, Object handback) {
            if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData());
                count++;
                maxMs = Math.max(maxMs, info.getGcInfo().getDuration());
            }
        }

        synchronized int count() {
            return count;
        }

        synchronized long maxMs() {
            return maxMs;
        }

        void stop() {
            for (var emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never added to this one: nothing to remove
                }
            }
        }
    }

    private double openTenThousand(TimeScale scale) {
        List<TaskRow> rows = serviceRows(10_000);
        double best = Double.MAX_VALUE;
        // Measured five times (first includes class loading and JIT), the median is reported.
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            List<GanttRow> chartRows = GanttRows.rows(rows, Set.of(), Map.of(), Set.of());
            GanttModel model = GanttModel.of(chartRows, GanttRows.links(chartRows), Set.of());
            frame(model, scale, 0, 0);
            runs[i] = (System.nanoTime() - t0) / 1e6;
            best = Math.min(best, runs[i]);
        }
        return median(runs);
    }

    private double[] frames(GanttModel model, TimeScale scale, double scrollX, double scrollY, int warmup, int measured) {
        for (int i = 0; i < warmup; i++) {
            frame(model, scale, scrollX, scrollY);
        }
        double[] samples = new double[measured];
        for (int i = 0; i < measured; i++) {
            long t0 = System.nanoTime();
            frame(model, scale, scrollX, scrollY);
            samples[i] = (System.nanoTime() - t0) / 1e6;
        }
        return samples;
    }

    /** What GanttChartPane.redraw does, with Java2D in place of the screen's canvas. */
    private void frame(GanttModel model, TimeScale scale, double scrollX, double scrollY) {
        tableList.clear();
        table.build(tableList, model, columns, scrollY, HEIGHT, options.selectedRow(), Set.of());
        chartList.clear();
        chart.build(chartList, model, scale, new Viewport(scrollX, scrollY, WIDTH - tableWidth, HEIGHT), options);
        if (paint) {
            tablePainter.paint(tableList);
            chartPainter.paint(chartList);
        }
    }

    private double maxScroll(GanttModel model) {
        return Math.max(0, model.rowCount() * metrics.rowHeight() - (HEIGHT - metrics.headerHeight()));
    }

    private static GanttModel model(List<GanttRow> rows) {
        return GanttModel.of(rows, GanttRows.links(rows), Set.of());
    }

    /** A plan like the demo's: phases of ten tasks, each phase a summary, tasks linked FS in a chain. */
    static List<GanttRow> plan(int n) {
        List<GanttRow> rows = new ArrayList<>(n);
        for (TaskRow t : serviceRows(n)) {
            rows.add(new GanttRow(t.id(), t.parentId(), t.level(), t.wbsCode(), t.name(), t.durationDays(), t.start(), t.finish(),
                    t.percentComplete(), t.milestone(), t.summary(), t.predecessors(), t.percentComplete() % 7 == 0,
                    t.start().minusDays(2), t.finish().minusDays(1), t.percentComplete() % 3 == 0));
        }
        return rows;
    }

    static List<TaskRow> serviceRows(int n) {
        List<TaskRow> rows = new ArrayList<>(n);
        UUID phase = null;
        int phaseNo = 0;
        int child = 0;
        LocalDate day = START;
        for (int i = 0; i < n; i++) {
            if (i % 11 == 0) {
                phaseNo++;
                child = 0;
                phase = new UUID(0, i);
                rows.add(new TaskRow(phase, null, 0, String.valueOf(phaseNo), "阶段 " + phaseNo, 30, day, day.plusDays(40), 40,
                        false, true, "", "", 1));
                continue;
            }
            child++;
            LocalDate s = day.plusDays(child * 3L);
            String pred = child > 1 ? phaseNo + "." + (child - 1) : "";
            rows.add(new TaskRow(new UUID(1, i), phase, 1, phaseNo + "." + child, "建设任务 " + phaseNo + "." + child, 5, s,
                    s.plusDays(6), (i * 13) % 101, child == 10, false, pred, "", 1));
            if (child == 10) {
                // A new phase starts every week and the plan wraps after three years: a 100k plan is many
                // parallel strands, not one chain reaching past the calendar's range (2099).
                day = START.plusDays(7L * (phaseNo % 156));
            }
        }
        return rows;
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Path targetDir() throws Exception {
        // test-classes → target, whichever directory Maven was started from.
        return Path.of(GanttFrameBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        // The machine is shared: a load average above the core count means the figures include waiting for a CPU.
        m.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return m;
    }
}

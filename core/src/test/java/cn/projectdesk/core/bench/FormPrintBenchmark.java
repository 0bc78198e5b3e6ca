package cn.projectdesk.core.bench;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.report.PrintedForm;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.setup.SetupRequest;
import cn.projectdesk.core.workflow.ApprovalRequestView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warm generation of approval forms (target ≤ 100 ms per form, file ≤ 300 KB). Each run is a whole
 * {@code FormService.print}: reading the request and its history, composing, rendering with the font
 * subset, saving the PDF, and recording the print on the audit chain. Cycles through every demo
 * request (all five types, every state). Usage: FormPrintBenchmark [forms] [warm-up forms].
 */
public final class FormPrintBenchmark {
    private FormPrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int forms = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path dir = BenchFolder.temporary("form-bench");
        try (CoreServices core = CoreServices.open(dir)) {
            core.setup().initialize(SetupRequest.demo("Admin2026".toCharArray(), LocalDate.now()));
            UserSession auditor = core.authentication().login("zhaomin", "Demo2026".toCharArray());
            List<ApprovalRequestView> requests = core.approvals().list(auditor);
            for (int i = 0; i < warmUp; i++) {
                core.forms().print(auditor, requests.get(i % requests.size()).code(), Locale.SIMPLIFIED_CHINESE);
            }
            double[] millis = new double[forms];
            long largest = 0;
            int pages = 0;
            for (int i = 0; i < forms; i++) {
                long t0 = System.nanoTime();
                PrintedForm form = core.forms().print(auditor, requests.get(i % requests.size()).code(),
                        Locale.SIMPLIFIED_CHINESE);
                millis[i] = (System.nanoTime() - t0) / 1e6;
                largest = Math.max(largest, form.pdf().length);
                pages += form.pages();
            }
            double median = BenchReport.median(millis);
            double[] sorted = millis.clone();
            java.util.Arrays.sort(sorted);
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("forms", forms);
            extras.put("distinctRequests", requests.size());
            extras.put("pages", pages);
            extras.put("p90", sorted[(int) Math.floor(0.9 * (forms - 1))]);
            extras.put("max", sorted[forms - 1]);
            extras.put("largestFileBytes", largest);
            extras.put("target", "<= 100 ms per form warm, file <= 300 KB");
            // the machine is shared: say how busy it was, since a loaded CPU stretches every figure
            extras.put("loadAverage", loadAverage());
            Path file = BenchReport.write("form-print", median, "ms", extras);
            System.out.printf("form print: median %.1f ms, p90 %.1f ms, largest %,d bytes -> %s%n", median,
                    sorted[(int) Math.floor(0.9 * (forms - 1))], largest, file);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

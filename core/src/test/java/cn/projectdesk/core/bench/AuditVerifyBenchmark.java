package cn.projectdesk.core.bench;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.audit.AuditVerification;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.setup.SetupRequest;
import cn.projectdesk.core.store.AuditChainFixture;
import java.nio.file.Path;
import java.util.Map;

/**
 * Verification of a one-million-entry audit chain (target ≤ 10 s). Run by the bench profile; not a
 * unit test. Usage: AuditVerifyBenchmark [entries] [runs].
 */
public final class AuditVerifyBenchmark {
    private AuditVerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = BenchFolder.temporary("audit-bench");
        try (CoreServices core = CoreServices.open(dir)) {
            core.setup().initialize(SetupRequest.plain("Admin2026".toCharArray(), "HQ", "Bench"));
            UserSession admin = core.authentication().login("admin", "Admin2026".toCharArray());
            AuditChainFixture.appendBulk(core.database(), entries);
            core.audit().verify(admin); // warm-up
            double[] seconds = new double[runs];
            AuditVerification last = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                last = core.audit().verify(admin);
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
            if (!last.intact()) {
                throw new IllegalStateException("benchmark chain is not intact: " + last);
            }
            double median = BenchReport.median(seconds);
            Path file = BenchReport.write("audit-verify-" + last.entries(), median, "s",
                    Map.of("entries", last.entries(), "target", "<= 10 s for 1,000,000 entries", "runs", seconds));
            System.out.printf("audit verify %,d entries: median %.2f s -> %s%n", last.entries(), median, file);
        }
    }
}

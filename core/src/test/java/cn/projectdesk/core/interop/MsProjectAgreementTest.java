package cn.projectdesk.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Our engine against the dates MS Project stored in every sample file of ../shared/data/msproject. */
class MsProjectAgreementTest {
    private static final Logger LOG = LoggerFactory.getLogger(MsProjectAgreementTest.class);
    static final Path SAMPLES = Path.of("../../shared/data/msproject");

    @Test
    void matchesMsProjectOnSupportedTasks() throws IOException {
        assertThat(SAMPLES).isDirectory();
        List<ScheduleCheckReport> reports = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.sorted().toList()) {
                try {
                    reports.add(ScheduleCheck.check(f));
                } catch (ProjectFileException e) {
                    unreadable.add(e.getMessage());
                }
            }
        }
        String table = AgreementTable.render(reports);
        LOG.info("MS Project agreement\n{}", table);
        System.out.println(table);
        unreadable.forEach(System.out::println);
        reports.forEach(r -> r.mismatches().forEach(m -> System.out.println(r.file() + ": " + m)));
        int compared = reports.stream().mapToInt(ScheduleCheckReport::compared).sum();
        long matching = reports.stream().mapToLong(r -> r.earlyStartMatch() + r.earlyFinishMatch() + r.lateStartMatch()
                + r.lateFinishMatch() + r.totalSlackMatch()).sum();
        assertThat(compared).isGreaterThan(0);
        assertThat(unreadable).isEmpty();
        assertThat((double) matching / (compared * 5L)).isGreaterThanOrEqualTo(MIN_RATE);
    }

    static final double MIN_RATE = 0.0;
}

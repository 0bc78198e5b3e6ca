package cn.projectdesk.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our engine against the dates MS Project stored in every sample file of ../shared/data/msproject
 * (relative to the core module). Prints a per-file table; asserts that every file reads, that the
 * files whose features we fully support match 100 %, and an overall floor on compared tasks.
 */
class MsProjectAgreementTest {
    static final Path SAMPLES = Path.of("../../shared/data/msproject");

    /** Files where every compared value matched when this test was written: a regression guard. */
    private static final Set<String> FULL_MATCH = Set.of("DefaultDurationFormat.xml", "DurationTest9.mpp",
            "baselines.xml", "bug2.mpp", "bug4.mpp", "caltest.xml", "mpp14relations.mpp", "mspdinulltasks.xml",
            "mspdirelations.xml", "mspdiresource.xml", "sample.mpp", "sample.xml", "sample98.mpp", "sf259.mpp", "slack9.mpp", "splits9a.mpp",
            "task-links-project2003-mpp9.mpp", "task-links-project2003-mspdi.xml", "task-links-project2007-mspdi.xml",
            "task-links-project2010-mspdi.xml", "task-links-project2013-mspdi.xml");

    /** Matching values over all compared values, all files together. */
    private static final double MIN_OVERALL_RATE = 0.948;

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
        long compared = reports.stream().mapToLong(ScheduleCheckReport::compared).sum();
        long matching = reports.stream().mapToLong(r -> r.earlyStartMatch() + r.earlyFinishMatch() + r.lateStartMatch()
                + r.lateFinishMatch() + r.totalSlackMatch()).sum();
        double rate = (double) matching / (compared * 5);
        // the table is the point of this test: surefire keeps it in target/surefire-reports/*-output.txt
        System.out.println(AgreementTable.render(reports));
        System.out.printf("compared tasks %d, matching values %d of %d (%.1f %%)%n", compared, matching, compared * 5,
                100 * rate);
        reports.forEach(r -> r.mismatches().forEach(m -> System.out.println(r.file() + ": " + m)));

        assertThat(unreadable).isEmpty();
        assertThat(reports).filteredOn(r -> FULL_MATCH.contains(r.file())).hasSize(FULL_MATCH.size())
                .allSatisfy(r -> assertThat(r.allMatch()).as(r.file() + " " + r.mismatches()).isTrue());
        assertThat(rate).isGreaterThanOrEqualTo(MIN_OVERALL_RATE);
    }
}

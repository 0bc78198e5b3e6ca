package cn.projectdesk.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.progress.BaselineSummary;
import cn.projectdesk.core.project.TaskRow;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.ProjectFile;
import org.mpxj.Task;

/** MS Project files into new projects and back out as MSPDI, on every sample file. */
class MsProjectImportServiceTest {
    static final Path SAMPLES = MsProjectAgreementTest.SAMPLES;
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession officer;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir.resolve("data"));
        officer = TestFolders.login(core, "zhangwei");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    void everySampleImportsAndItsExportReadsBackWithTheSameDates() throws Exception {
        List<String> table = new ArrayList<>();
        int tasks = 0;
        int asInFile = 0;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.sorted().toList()) {
                List<Double> steps = new ArrayList<>();
                MsProjectImportResult r = core.msProject().importFile(officer, f, null, null, steps::add);
                assertThat(steps).isSorted().endsWith(1.0);
                List<TaskRow> rows = core.tasks().tasks(officer, r.projectId());
                assertThat(rows).as(f.toString()).hasSize(r.tasks());

                Path xml = dir.resolve(f.getFileName() + ".export.xml");
                core.msProject().exportFile(officer, r.projectId(), xml);
                ProjectFile back = MsProjectReader.read(xml);
                List<Task> read = back.getTasks().stream().filter(t -> t.getID() != null && t.getID() > 0).toList();
                assertThat(read).as(f.toString()).hasSize(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    TaskRow ours = rows.get(i);
                    Task theirs = read.get(i);
                    assertThat(theirs.getName()).isEqualTo(ours.name());
                    assertThat(theirs.getStart().toLocalDate()).as(f + " " + ours.name()).isEqualTo(ours.start());
                    assertThat(theirs.getFinish().toLocalDate()).as(f + " " + ours.name()).isEqualTo(ours.finish());
                }
                tasks += r.tasks();
                asInFile += r.datesAsInFile();
                table.add(String.format("%-50s %4d tasks %4d links %2d baselines %4d calendar days, %4d as in file; %s",
                        f.getFileName(), r.tasks(), r.links(), r.baselines(), r.calendarExceptions(), r.datesAsInFile(),
                        r.warnings()));
            }
        }
        table.forEach(System.out::println);
        System.out.printf("imported %d tasks, %d with the start and finish day MS Project stored%n", tasks, asInFile);
        assertThat(tasks).isGreaterThan(300);
    }

    @Test
    void importKeepsLinksCalendarProgressAndBaselines() throws Exception {
        MsProjectImportResult r = core.msProject().importFile(officer, SAMPLES.resolve("baselines.xml"), "LJ-2026-901", null, null);
        assertThat(r.code()).isEqualTo("LJ-2026-901");
        assertThat(r.baselines()).isPositive();
        List<BaselineSummary> baselines = core.baselines().list(officer, r.projectId());
        assertThat(baselines).hasSize(r.baselines());
        long changes = core.database().changeLog().count();
        assertThat(changes).isPositive();

        MsProjectImportResult links = core.msProject().importFile(officer, SAMPLES.resolve("task-links-project2019-mspdi.xml"),
                null, null, null);
        assertThat(links.links()).isPositive();
        assertThat(links.datesAsInFile()).isEqualTo(links.tasks());
        assertThat(core.tasks().tasks(officer, links.projectId())).anySatisfy(t -> assertThat(t.predecessors()).isNotBlank());
    }

    @Test
    void badFilesNameFileAndReasonAndWriteNothing() throws Exception {
        long projects = core.projects().list(officer).size();
        long changes = core.database().changeLog().count();
        Path text = Files.writeString(dir.resolve("notes.xml"), "<hello>not a project</hello>");
        assertThatThrownBy(() -> core.msProject().importFile(officer, text, null, null, null))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("notes.xml");
        byte[] mpp = Files.readAllBytes(SAMPLES.resolve("sample.mpp"));
        Path cut = Files.write(dir.resolve("cut.mpp"), java.util.Arrays.copyOf(mpp, mpp.length / 3));
        assertThatThrownBy(() -> core.msProject().importFile(officer, cut, null, null, null))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("cut.mpp");
        assertThatThrownBy(() -> core.msProject().importFile(officer, dir.resolve("missing.mpp"), null, null, null))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("no such file");
        // a taken project number fails inside the transaction: nothing of the plan stays behind
        assertThatThrownBy(() -> core.msProject().importFile(officer, SAMPLES.resolve("sample.xml"), "LJ-2026-001", null, null))
                .isInstanceOf(cn.projectdesk.core.domain.ValidationException.class);
        UserSession auditor = TestFolders.login(core, "zhaomin");
        assertThatThrownBy(() -> core.msProject().importFile(auditor, SAMPLES.resolve("sample.xml"), null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.projects().list(officer)).hasSize((int) projects);
        assertThat(core.database().changeLog().count()).isEqualTo(changes);
    }
}

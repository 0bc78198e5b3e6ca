package cn.projectdesk.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreadable files fail with a reason that names the file and says what is wrong. */
class MsProjectReaderTest {
    private static final Path SAMPLES = MsProjectAgreementTest.SAMPLES;

    @TempDir
    Path dir;

    @Test
    void readsMppAndMspdi() throws ProjectFileException {
        assertThat(MsProjectReader.read(SAMPLES.resolve("sf259.mpp")).getTasks()).isNotEmpty();
        assertThat(MsProjectReader.read(SAMPLES.resolve("sample.xml")).getTasks()).isNotEmpty();
    }

    @Test
    void aTruncatedMppIsReportedAsDamaged() throws IOException {
        Path cut = dir.resolve("cut.mpp");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(SAMPLES.resolve("sample.mpp")), 3000));
        assertThatThrownBy(() -> MsProjectReader.read(cut)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("cut.mpp").hasMessageContaining("truncated");
    }

    @Test
    void aTruncatedXmlIsReportedAsDamaged() throws IOException {
        Path cut = dir.resolve("cut.xml");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(SAMPLES.resolve("sample.xml")), 20_000));
        assertThatThrownBy(() -> MsProjectReader.read(cut)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("cut.xml").hasMessageContaining("truncated");
    }

    @Test
    void otherFilesAreNotProjectFiles() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.xml"), "hello");
        assertThatThrownBy(() -> MsProjectReader.read(text)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("not a project file");
        Path empty = Files.createFile(dir.resolve("empty.mpp"));
        assertThatThrownBy(() -> MsProjectReader.read(empty)).hasMessageContaining("empty file");
        assertThatThrownBy(() -> MsProjectReader.read(dir.resolve("missing.mpp"))).hasMessageContaining("no such file");
    }

    @Test
    void checkReportsCountsAndExclusions() throws ProjectFileException {
        ScheduleCheckReport r = ScheduleCheck.check(SAMPLES.resolve("mpp14splittask.mpp"));
        assertThat(r.compared()).isZero();
        assertThat(r.unsupported()).anySatisfy(reason -> assertThat(reason).startsWith("split task"));
        ScheduleCheckReport ok = ScheduleCheck.check(SAMPLES.resolve("sf259.mpp"));
        assertThat(ok.allMatch()).isTrue();
        assertThat(ok.compared()).isEqualTo(ok.tasks());
    }
}

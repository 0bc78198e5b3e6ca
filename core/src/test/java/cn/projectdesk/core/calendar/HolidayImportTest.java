package cn.projectdesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.project.ProjectDraft;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayImportTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession admin;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        admin = TestFolders.login(core, "admin");
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    @Test
    void aNewYearIsImportedAndMovesTheScheduleAroundIt() throws Exception {
        Path file = Files.writeString(dir.resolve("2028.json"), """
                {
                  "year": 2028,
                  "days": [
                    {"name": "元旦", "date": "2028-01-03", "isOffDay": true},
                    {"name": "春节", "date": "2028-01-29", "isOffDay": false}
                  ]
                }
                """);
        assertThat(core.holidays().importYear(admin, file)).isEqualTo(2);
        assertThat(core.holidays().addedDays(admin)).extracting(d -> d.date().toString()).contains("2028-01-03");

        // a one-day task that would start on Monday 2028-01-03 now starts on Tuesday
        UserSession officer = TestFolders.login(core, "zhangwei");
        var dept = core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id();
        var project = core.projects().create(officer, new ProjectDraft(null, "节后开工项目", ProjectType.OTHER, dept, 2028, null,
                cn.projectdesk.core.project.LifecycleStage.PLANNING, cn.projectdesk.core.project.ProjectStatus.ACTIVE,
                LocalDate.of(2028, 1, 3), null, null, null));
        var task = core.tasks().addTask(officer, project.id(), null, "开工准备", 1);
        assertThat(task.start()).isEqualTo(LocalDate.of(2028, 1, 4));
    }

    @Test
    void aBadFileIsRejectedWholeWithLinesAndReasons() throws Exception {
        Path file = Files.writeString(dir.resolve("2029.json"), """
                {
                  "year": 2029,
                  "days": [
                    {"name": "元旦", "date": "2029-01-01", "isOffDay": true},
                    {"name": "春节", "date": "2029-02-30", "isOffDay": true},
                    {"name": "清明节", "date": "2029-04-04"},
                    {"name": "元旦", "date": "2029-01-01", "isOffDay": true}
                  ]
                }
                """);
        assertThatThrownBy(() -> core.holidays().importYear(admin, file))
                .isInstanceOfSatisfying(HolidayFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("2029.json");
                    assertThat(e.problems()).extracting(HolidayFileProblem::line, HolidayFileProblem::reasonKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "holidays.badDate"),
                                    org.assertj.core.groups.Tuple.tuple(6, "holidays.badOffDay"),
                                    org.assertj.core.groups.Tuple.tuple(7, "holidays.duplicate"));
                });
        assertThat(core.holidays().addedDays(admin)).noneMatch(d -> d.date().getYear() == 2029);
    }

    @Test
    void notJsonAtAllNamesTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.json"), "年度,日期\n2030,2030-01-01\n");
        assertThatThrownBy(() -> core.holidays().importYear(admin, file))
                .isInstanceOfSatisfying(HolidayFileException.class,
                        e -> assertThat(e.problems().get(0).reasonKey()).isIn("holidays.notJson", "holidays.notAnObject"));
    }

    @Test
    void onlyAdministratorsMayChangeHolidays() {
        UserSession officer = TestFolders.login(core, "zhangwei");
        assertThatThrownBy(() -> core.holidays().addDay(officer, LocalDate.of(2030, 5, 1), "劳动节", true))
                .isInstanceOf(AccessDeniedException.class);
    }
}

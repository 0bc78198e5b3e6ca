package cn.projectdesk.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceServiceTest {
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
    void theSupervisingEngineerSharedByTwoProjectsIsReportedWithDaysAndTasks() {
        List<OverallocationWarning> warnings = core.resources().overallocations(admin);
        assertThat(warnings).anySatisfy(w -> {
            assertThat(w.resourceName()).startsWith("赵工");
            assertThat(w.peakUnits()).isGreaterThan(w.maxUnits());
            assertThat(w.tasks()).anyMatch(t -> t.startsWith("LJ-2026-001")).anyMatch(t -> t.startsWith("DQ-2026-001"));
        });
    }

    @Test
    void anOfficeSeesOtherOfficesTasksOnlyByProjectNumber() {
        UserSession east = TestFolders.login(core, "sunli");
        List<OverallocationWarning> warnings = core.resources().overallocations(east);
        assertThat(warnings).filteredOn(w -> w.resourceName().startsWith("赵工")).isNotEmpty()
                .allSatisfy(w -> assertThat(w.tasks()).filteredOn(t -> t.startsWith("LJ-")).allMatch("LJ-2026-001"::equals));
    }

    @Test
    void histogramAndAvailabilityFollowTheBookings() {
        ResourceRow zhao = core.resources().list(admin).stream().filter(r -> r.name().startsWith("赵工")).findFirst().orElseThrow();
        OverallocationWarning w = core.resources().overallocations(admin).stream()
                .filter(x -> x.resourceId().equals(zhao.id())).findFirst().orElseThrow();
        List<DayLoad> days = core.resources().dailyLoad(admin, zhao.id(), w.from(), w.until());
        assertThat(days).anySatisfy(d -> assertThat(d.over()).isTrue());
        List<ResourceRow> free = core.resources().findAvailable(admin, ResourceKind.PERSON, "监理", w.from(), w.until(), 10);
        assertThat(free).extracting(ResourceRow::id).doesNotContain(zhao.id());
        assertThat(core.resources().findAvailable(admin, ResourceKind.PERSON, "造价", LocalDate.of(2030, 1, 7),
                LocalDate.of(2030, 1, 11), 100)).extracting(ResourceRow::name).anyMatch(n -> n.startsWith("钱工"));
    }

    @Test
    void assigningChecksUnitsAndPermissionAndIsUndoable() {
        UserSession officer = TestFolders.login(core, "zhangwei");
        var project = core.projects().findByCode(officer, "LJ-2026-001");
        var task = core.tasks().tasks(officer, project.id()).stream().filter(t -> !t.summary()).findFirst().orElseThrow();
        ResourceRow person = core.resources().list(officer).stream().filter(r -> r.kind() == ResourceKind.PERSON)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> core.resources().assign(officer, task.id(), person.id(), 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> core.resources().assign(TestFolders.login(core, "zhaomin"), task.id(), person.id(), 50))
                .isInstanceOf(AccessDeniedException.class);
        AssignmentRow a = core.resources().assign(officer, task.id(), person.id(), 50);
        assertThat(core.resources().assignments(officer, project.id())).extracting(AssignmentRow::id).contains(a.id());
        core.resources().unassign(officer, a.id());
        assertThat(core.resources().assignments(officer, project.id())).extracting(AssignmentRow::id).doesNotContain(a.id());
    }

    @Test
    void resourcesAreValidated() {
        UserSession officer = TestFolders.login(core, "zhangwei");
        var unit = core.orgUnits().find(officer, "LJ-SHK").orElseThrow().id();
        assertThatThrownBy(() -> core.resources().create(officer,
                new ResourceDraft(" ", ResourceKind.PERSON, unit, new BigDecimal("-1"), 0, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("name", "maxUnits", "costPerDay"));
        ResourceRow created = core.resources().create(officer,
                new ResourceDraft("周工（社会事业专员）", ResourceKind.PERSON, unit, new BigDecimal("600"), 100, "社会事业"));
        assertThat(created.costPerDay()).isEqualByComparingTo("600.00");
    }

    @Test
    void usageAgreesWithTheDailyLoadAndNamesTheTasksBehindAnOverallocatedDay() {
        OverallocationWarning w = core.resources().overallocations(admin).stream()
                .filter(x -> x.resourceName().startsWith("赵工")).findFirst().orElseThrow();
        LocalDate from = w.from().minusDays(20);
        LocalDate until = w.until().plusDays(20);
        ResourceUsage zhao = core.resources().usage(admin, from, until).stream()
                .filter(u -> u.resource().id().equals(w.resourceId())).findFirst().orElseThrow();
        assertThat(zhao.days()).isEqualTo(core.resources().dailyLoad(admin, w.resourceId(), from, until));
        assertThat(zhao.peakUnits()).isGreaterThanOrEqualTo(w.peakUnits()); // the wider range may hold a later run too
        DayLoad over = zhao.days().stream().filter(DayLoad::over).findFirst().orElseThrow();
        List<ResourceUsage.Booking> behind = zhao.bookingsOn(over.date());
        assertThat(behind).hasSizeGreaterThanOrEqualTo(2);
        assertThat(behind.stream().mapToInt(ResourceUsage.Booking::units).sum()).isEqualTo(over.units());
        assertThat(behind).allMatch(b -> b.label().startsWith("LJ-2026-001") || b.label().startsWith("DQ-2026-001"));
        assertThatThrownBy(() -> core.resources().usage(admin, until, from)).isInstanceOf(ValidationException.class);
    }
}

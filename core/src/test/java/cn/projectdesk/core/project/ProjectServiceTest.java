package cn.projectdesk.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.TestFolders;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.ConcurrentEditException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectServiceTest {
    @TempDir
    static Path dir;
    static CoreServices core;
    static UserSession officer;
    static UUID department;

    @BeforeAll
    static void setUp() {
        core = TestFolders.demo(dir);
        officer = TestFolders.login(core, "zhangwei");
        department = core.orgUnits().find(officer, "社会发展科").orElseThrow().id();
    }

    @AfterAll
    static void tearDown() {
        core.close();
    }

    private static ProjectDraft draft(String name, LocalDate start, LocalDate finish, String budget) {
        return new ProjectDraft(null, name, ProjectType.LIVELIHOOD, department, 2027,
                EnumSet.of(FundingSource.FISCAL_APPROPRIATION, FundingSource.SPECIAL_BOND), LifecycleStage.PLANNING,
                ProjectStatus.ACTIVE, start, finish, budget == null ? null : new BigDecimal(budget), "说明");
    }

    @Test
    void roundTripKeepsEveryFieldAndMoneyExact() {
        ProjectSummary created = core.projects().create(officer,
                draft("滨江公园提升改造", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), "12345678.9"));
        ProjectSummary read = core.projects().get(officer, created.id());
        assertThat(read.code()).matches("LJ-2027-\\d{3}");
        assertThat(read.approvedBudget()).isEqualTo(new BigDecimal("12345678.90"));
        assertThat(read.fundingSources()).containsExactlyInAnyOrder(FundingSource.FISCAL_APPROPRIATION, FundingSource.SPECIAL_BOND);
        assertThat(read.departmentName()).isEqualTo("社会发展科");
        assertThat(read.ownerName()).isEqualTo("张伟");
        assertThat(read.plannedFinish()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsSaved() {
        int before = core.projects().list(officer).size();
        assertThatThrownBy(() -> core.projects().create(officer,
                draft(" ", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1), "-5.001")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "validation.required")
                        .containsEntry("plannedFinish", "validation.finish.beforeStart")
                        .containsKey("approvedBudget"));
        assertThat(core.projects().list(officer)).hasSize(before);
    }

    @Test
    void aStaleVersionIsAConcurrentEdit() {
        ProjectSummary created = core.projects().create(officer, draft("版本测试", null, null, null));
        ProjectDraft changed = new ProjectDraft(null, "第一次修改", created.type(), created.departmentId(), created.year(),
                created.fundingSources(), created.stage(), created.status(), null, null, null, null);
        ProjectSummary updated = core.projects().update(officer, created.id(), created.version(), changed);
        assertThat(updated.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> core.projects().update(officer, created.id(), created.version(), changed))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aTakenCodeIsRefused() {
        ProjectDraft taken = new ProjectDraft("LJ-2026-001", "重号", ProjectType.OTHER, department, 2026, null,
                LifecycleStage.PLANNING, ProjectStatus.ACTIVE, null, null, null, null);
        assertThatThrownBy(() -> core.projects().create(officer, taken))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("code", "validation.code.taken"));
    }
}

package cn.projectdesk.app.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectFilterTest {
    private final UUID roads = UUID.randomUUID();
    private final ProjectSummary road = project("DQ-2026-001", "东区农村公路提档升级工程", ProjectType.INFRASTRUCTURE, roads, 2026);

    @Test
    void everyCriterionNarrowsAndNullMatchesAll() {
        assertThat(ProjectFilter.NONE.test(road)).isTrue();
        assertThat(new ProjectFilter("dq-2026", null, null, null, null).test(road)).isTrue();
        assertThat(new ProjectFilter("公路", null, null, null, null).test(road)).isTrue();
        assertThat(new ProjectFilter("学校", null, null, null, null).test(road)).isFalse();
        assertThat(new ProjectFilter("", 2025, null, null, null).test(road)).isFalse();
        assertThat(new ProjectFilter("", 2026, Set.of(roads), ProjectType.INFRASTRUCTURE, LifecycleStage.PROCUREMENT).test(road)).isTrue();
        assertThat(new ProjectFilter("", null, Set.of(UUID.randomUUID()), null, null).test(road)).isFalse();
        assertThat(new ProjectFilter("", null, null, ProjectType.OTHER, null).test(road)).isFalse();
        assertThat(new ProjectFilter("", null, null, null, LifecycleStage.PLANNING).test(road)).isFalse();
    }

    private static ProjectSummary project(String code, String name, ProjectType type, UUID department, int year) {
        return new ProjectSummary(UUID.randomUUID(), code, name, type, department, "东区工程管理科", year, Set.of(),
                LifecycleStage.PROCUREMENT, ProjectStatus.ACTIVE, "孙丽", null, null, null, null, 1);
    }
}

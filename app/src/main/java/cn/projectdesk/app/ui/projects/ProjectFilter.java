package cn.projectdesk.app.ui.projects;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectSummary;
import cn.projectdesk.core.project.ProjectType;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The list's filters; a null criterion matches everything. {@code departments} is the chosen unit
 * with all units below it, so picking a field office shows its departments' projects too.
 */
public record ProjectFilter(String search, Integer year, Set<UUID> departments, ProjectType type,
                            LifecycleStage stage) implements Predicate<ProjectSummary> {
    public static final ProjectFilter NONE = new ProjectFilter("", null, null, null, null);

    @Override
    public boolean test(ProjectSummary p) {
        return matchesSearch(p)
                && (year == null || p.year() == year)
                && (departments == null || departments.contains(p.departmentId()))
                && (type == null || p.type() == type)
                && (stage == null || p.stage() == stage);
    }

    private boolean matchesSearch(ProjectSummary p) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        return p.code().toLowerCase(Locale.ROOT).contains(needle) || p.name().toLowerCase(Locale.ROOT).contains(needle);
    }
}

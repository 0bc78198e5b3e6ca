package cn.projectdesk.app.ui.milestones;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectType;
import java.util.function.Predicate;

/** Year (of the milestone's date), department, project type and stage; null means any. */
public record MilestoneFilter(Integer year, String department, ProjectType type, LifecycleStage stage)
        implements Predicate<MilestoneItem> {
    public static final MilestoneFilter ANY = new MilestoneFilter(null, null, null, null);

    @Override
    public boolean test(MilestoneItem m) {
        return (year == null || (m.date() != null && m.date().getYear() == year))
                && (department == null || department.equals(m.department()))
                && (type == null || type == m.type())
                && (stage == null || stage == m.stage());
    }
}

package cn.projectdesk.app.ui.milestones;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectType;
import java.time.LocalDate;
import java.util.UUID;

/** One milestone task of one project, with what the portfolio filters and groups by. */
public record MilestoneItem(UUID projectId, String projectCode, String projectName, String department,
                            ProjectType type, LifecycleStage stage, int year, String wbsCode, String name,
                            LocalDate date, int percentComplete) {
    public MilestoneStatus status(LocalDate today) {
        return MilestoneStatus.of(date, percentComplete, today);
    }
}

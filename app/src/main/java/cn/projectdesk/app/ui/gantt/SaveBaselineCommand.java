package cn.projectdesk.app.ui.gantt;

import cn.projectdesk.app.ui.undo.Command;
import cn.projectdesk.core.progress.BaselineService;
import cn.projectdesk.core.progress.BaselineSummary;
import cn.projectdesk.core.security.UserSession;
import java.util.UUID;

/** Saves the plan as a named baseline; undo removes (tombstones) the baseline it saved. */
final class SaveBaselineCommand implements Command {
    private final BaselineService baselines;
    private final UserSession user;
    private final UUID projectId;
    private final String name;
    private final String description;
    private BaselineSummary saved;

    SaveBaselineCommand(BaselineService baselines, UserSession user, UUID projectId, String name, String description) {
        this.baselines = baselines;
        this.user = user;
        this.projectId = projectId;
        this.name = name;
        this.description = description;
    }

    @Override
    public void execute() {
        saved = baselines.save(user, projectId, name);
    }

    @Override
    public void undo() {
        baselines.delete(user, projectId, saved.id());
    }

    BaselineSummary saved() {
        return saved;
    }

    @Override
    public String description() {
        return description;
    }
}

package cn.projectdesk.core.demo;

import cn.projectdesk.core.project.Dependency;
import cn.projectdesk.core.project.DurationEstimate;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.schedule.DependencyType;
import java.util.List;
import org.hibernate.Session;

/** Turns a WBS template into tasks and finish-to-start links between consecutive siblings. */
final class DemoWbsBuilder {
    private final Session session;
    private final Project project;

    DemoWbsBuilder(Session session, Project project) {
        this.session = session;
        this.project = project;
    }

    void build(List<WbsNode> roots) {
        addSiblings(null, roots, false);
    }

    private void addSiblings(Task parent, List<WbsNode> nodes, boolean parallel) {
        Task previous = null;
        for (int i = 0; i < nodes.size(); i++) {
            WbsNode node = nodes.get(i);
            Task task = new Task(project, parent, i, node.name());
            task.setDurationDays(node.days());
            task.setMilestone(node.milestone());
            if (node.children().isEmpty() && !node.milestone() && node.days() > 1) {
                task.setEstimate(estimate(node.days()));
            }
            session.persist(task);
            if (previous != null && !parallel) {
                session.persist(new Dependency(project, previous, task, DependencyType.FS, 0));
            }
            addSiblings(task, node.children(), node.parallel());
            previous = task;
        }
    }

    /** Demo three-point estimates: a little faster at best, half again (and more for long work) at worst. */
    private static DurationEstimate estimate(int days) {
        return new DurationEstimate(Math.max(1, days * 8 / 10), days, days * 3 / 2 + days / 10);
    }
}

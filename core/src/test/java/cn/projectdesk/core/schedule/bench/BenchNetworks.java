package cn.projectdesk.core.schedule.bench;

import cn.projectdesk.core.schedule.CpmLink;
import cn.projectdesk.core.schedule.CpmProject;
import cn.projectdesk.core.schedule.CpmTask;
import cn.projectdesk.core.schedule.LagUnit;
import cn.projectdesk.core.schedule.RandomNetworks;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * The benchmark networks: ~1.5 links per task of all four types with working, elapsed and percent
 * lags, 2 % of tasks start-no-earlier-than; the same network also as an MPXJ project.
 */
final class BenchNetworks {
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 8, 0);

    private BenchNetworks() {
    }

    static CpmProject ours(int size, long seed) {
        Random random = new Random(seed);
        CpmProject plain = RandomNetworks.generate(random, size, START, true);
        List<CpmTask> tasks = new ArrayList<>(plain.tasks());
        for (int i = 25; i < tasks.size(); i += 50) {
            CpmTask t = tasks.get(i);
            tasks.set(i, new CpmTask(t.name(), -1, t.durationMinutes(), t.milestone(), cn.projectdesk.core.schedule.ConstraintType.SNET,
                    START.plusDays(random.nextInt(Math.max(1, size / 10)))));
        }
        return new CpmProject(tasks, plain.links(), START);
    }

    /** MPXJ's scheduler needs actual/remaining durations and a default calendar (see STACK.md). */
    static ProjectFile mpxj(CpmProject project) {
        ProjectFile file = new ProjectFile();
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        file.getProjectProperties().setStartDate(project.start());
        List<Task> tasks = new ArrayList<>(project.tasks().size());
        for (CpmTask t : project.tasks()) {
            Task task = file.addTask();
            task.setName(t.name());
            task.setTaskMode(TaskMode.AUTO_SCHEDULED);
            Duration d = Duration.getInstance(t.durationMinutes(), TimeUnit.MINUTES);
            task.setDuration(d);
            task.setActualDuration(Duration.getInstance(0, TimeUnit.MINUTES));
            task.setRemainingDuration(d);
            if (t.constraint() == cn.projectdesk.core.schedule.ConstraintType.SNET) {
                task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
                task.setConstraintDate(t.constraintDate());
            }
            tasks.add(task);
        }
        for (CpmLink link : project.links()) {
            tasks.get(link.successor()).addPredecessor(new Relation.Builder().predecessorTask(tasks.get(link.predecessor()))
                    .type(typeOf(link)).lag(lagOf(link)));
        }
        return file;
    }

    private static RelationType typeOf(CpmLink link) {
        return switch (link.type()) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }

    private static Duration lagOf(CpmLink link) {
        LagUnit unit = link.lag().unit();
        TimeUnit mpxjUnit = unit == LagUnit.PERCENT ? TimeUnit.PERCENT
                : unit == LagUnit.ELAPSED_MINUTES ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES;
        return Duration.getInstance(link.lag().amount(), mpxjUnit);
    }
}

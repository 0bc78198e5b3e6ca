package cn.projectdesk.core.demo;

import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.progress.Baseline;
import cn.projectdesk.core.progress.BaselineTask;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.Session;

/**
 * Progress as of today: finished work at 100 %, work not started at 0 %, running work roughly on
 * plan but with a few tasks behind, so that deviation warnings have something to show.
 */
final class DemoProgress {
    private DemoProgress() {
    }

    static void apply(Session session, Project project, LocalDate today) {
        for (Task task : tasks(session, project)) {
            if (task.getStart() == null || task.getFinish() == null) {
                continue;
            }
            int percent;
            if (task.getFinish().isBefore(today)) {
                percent = 100;
            } else if (!task.getStart().isBefore(today)) {
                percent = 0;
            } else {
                long total = ChronoUnit.DAYS.between(task.getStart(), task.getFinish()) + 1;
                long done = ChronoUnit.DAYS.between(task.getStart(), today);
                int behind = Math.floorMod(task.getName().hashCode(), 4) == 0 ? 25 : 0;
                percent = (int) Math.max(0, Math.min(95, done * 100 / total - behind));
            }
            task.setPercentComplete(percent);
            if (percent > 0) {
                task.setActualStart(task.getStart());
                // spending runs a little ahead of progress on some tasks, as it does
                BigDecimal overrun = Math.floorMod(task.getName().hashCode(), 3) == 0 ? new BigDecimal("1.12") : BigDecimal.ONE;
                if (task.getPlannedCost() != null) {
                    task.setActualCost(task.getPlannedCost().multiply(BigDecimal.valueOf(percent)).multiply(overrun)
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
                }
            }
            if (percent == 100) {
                task.setActualFinish(task.getFinish());
            }
        }
    }

    /** Spreads 85 % of the approved budget over the leaf tasks by duration (the rest is reserve). */
    static void assignCosts(Session session, Project project) {
        List<Task> tasks = tasks(session, project);
        java.util.Set<java.util.UUID> parents = new java.util.HashSet<>();
        tasks.stream().filter(t -> t.getParent() != null).forEach(t -> parents.add(t.getParent().getId()));
        List<Task> leaves = tasks.stream().filter(t -> !parents.contains(t.getId()) && t.getDurationDays() > 0).toList();
        long days = leaves.stream().mapToLong(Task::getDurationDays).sum();
        if (project.getApprovedBudget() == null || days == 0) {
            return;
        }
        BigDecimal pool = project.getApprovedBudget().multiply(new BigDecimal("0.85"));
        for (Task t : leaves) {
            t.setPlannedCost(pool.multiply(BigDecimal.valueOf(t.getDurationDays()))
                    .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
        }
    }

    static void saveBaseline(Session session, Project project, String name) {
        Baseline baseline = new Baseline(project, name, project.getPlannedStart());
        session.persist(baseline);
        tasks(session, project).forEach(t -> session.persist(new BaselineTask(baseline, t)));
    }

    /** Real projects slip: running work on every seventh task took a fifth longer than approved. */
    static void slip(Session session, Project project, LocalDate today) {
        for (Task t : tasks(session, project)) {
            boolean running = t.getStart() != null && t.getStart().isBefore(today) && t.getDurationDays() >= 5;
            if (running && Math.floorMod(t.getName().hashCode(), 7) == 0) {
                t.setDurationDays(t.getDurationDays() + Math.max(1, t.getDurationDays() / 5));
            }
        }
    }

    static LocalDate finishOf(Session session, Project project) {
        return tasks(session, project).stream().map(Task::getFinish).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(project.getPlannedStart());
    }

    private static List<Task> tasks(Session session, Project project) {
        return session.createSelectionQuery("from Task where project = :p and deleted = false", Task.class)
                .setParameter("p", project).getResultList();
    }
}

package cn.projectdesk.core.progress;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Named baselines: save the current plan, list them, remove one (tombstone). At most eleven, as in MS Project. */
public final class BaselineService {
    public static final int MAX_BASELINES = 11;
    private final Database database;

    public BaselineService(Database database) {
        this.database = database;
    }

    public BaselineSummary save(UserSession user, UUID projectId, String name) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", "validation.required");
        }
        if (name.strip().length() > 100) {
            throw ValidationException.of("name", "validation.name.tooLong");
        }
        return database.inTransaction(user.username(), s -> {
            Project project = ProgressService.project(s, user, projectId, Permission.TASK_EDIT);
            List<Baseline> existing = baselines(s, project);
            if (existing.size() >= MAX_BASELINES) {
                throw ValidationException.of("name", "validation.baseline.tooMany");
            }
            if (existing.stream().anyMatch(b -> b.getName().equals(name.strip()))) {
                throw ValidationException.of("name", "validation.baseline.nameTaken");
            }
            Baseline baseline = new Baseline(project, name.strip(), LocalDate.now());
            s.persist(baseline);
            List<Task> tasks = s.createSelectionQuery("from Task where project = :p and deleted = false", Task.class)
                    .setParameter("p", project).getResultList();
            tasks.forEach(t -> s.persist(new BaselineTask(baseline, t)));
            return new BaselineSummary(baseline.getId(), baseline.getName(), baseline.getSavedOn(), tasks.size());
        });
    }

    public List<BaselineSummary> list(UserSession user, UUID projectId) {
        return database.read(s -> {
            Project project = ProgressService.project(s, user, projectId, Permission.PROJECT_VIEW);
            return baselines(s, project).stream().map(b -> new BaselineSummary(b.getId(), b.getName(), b.getSavedOn(),
                    s.createSelectionQuery("select count(*) from BaselineTask where baseline = :b", Long.class)
                            .setParameter("b", b).getSingleResult().intValue())).toList();
        });
    }

    /** The saved start and finish of every task in one baseline of the project (read-only). */
    public List<BaselineDates> dates(UserSession user, UUID projectId, UUID baselineId) {
        return database.read(s -> {
            Project project = ProgressService.project(s, user, projectId, Permission.PROJECT_VIEW);
            Baseline baseline = baselines(s, project).stream().filter(b -> b.getId().equals(baselineId)).findFirst()
                    .orElseThrow(() -> new cn.projectdesk.core.domain.NotFoundException("baseline " + baselineId));
            return s.createSelectionQuery("from BaselineTask where baseline = :b and deleted = false", BaselineTask.class)
                    .setParameter("b", baseline).getResultList().stream()
                    .map(b -> new BaselineDates(b.getTask().getId(), b.getStart(), b.getFinish())).toList();
        });
    }

    public void delete(UserSession user, UUID projectId, UUID baselineId) {
        database.runInTransaction(user.username(), s -> {
            Project project = ProgressService.project(s, user, projectId, Permission.TASK_EDIT);
            baselines(s, project).stream().filter(b -> b.getId().equals(baselineId)).findFirst()
                    .orElseThrow(() -> new cn.projectdesk.core.domain.NotFoundException("baseline " + baselineId))
                    .markDeleted();
        });
    }

    private static List<Baseline> baselines(org.hibernate.Session s, Project project) {
        return s.createSelectionQuery("from Baseline where project = :p and deleted = false order by savedOn, id",
                Baseline.class).setParameter("p", project).getResultList();
    }
}

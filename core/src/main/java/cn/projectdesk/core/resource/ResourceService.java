package cn.projectdesk.core.resource;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Resources and their assignments across all projects: a person shared by two projects is
 * over-allocated when the sum of their bookings exceeds their capacity on a working day.
 */
public final class ResourceService {
    private final Database database;

    public ResourceService(Database database) {
        this.database = database;
    }

    public ResourceRow create(UserSession user, ResourceDraft draft) {
        ResourceDraftValidator.check(draft);
        return database.inTransaction(user.username(), s -> {
            OrgUnit unit = s.get(OrgUnit.class, draft.orgUnitId());
            if (unit == null || unit.isDeleted()) {
                throw ValidationException.of("orgUnit", "validation.department.unknown");
            }
            AccessPolicy.requireInScope(user, Permission.PROJECT_EDIT, unit.getPath(), unit.getName());
            Resource r = new Resource(draft.name().strip(), draft.kind(), unit);
            r.setCostPerDay(draft.costPerDay() == null ? null : draft.costPerDay().setScale(2));
            r.setMaxUnits(draft.maxUnits());
            r.setSkills(draft.skills() == null || draft.skills().isBlank() ? null : draft.skills().strip());
            s.persist(r);
            return ResourceQueries.row(r);
        });
    }

    /** Resources of the user's org unit, of the units below it and of the pools above it. */
    public List<ResourceRow> list(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> ResourceQueries.visible(s, user).stream().map(ResourceQueries::row).toList());
    }

    public AssignmentRow assign(UserSession user, UUID taskId, UUID resourceId, int units) {
        if (units < 1 || units > 1000) {
            throw ValidationException.of("units", "validation.units.range");
        }
        return database.inTransaction(user.username(), s -> {
            Task task = editableTask(s, user, taskId);
            Resource resource = ResourceQueries.visible(s, user).stream().filter(r -> r.getId().equals(resourceId))
                    .findFirst().orElseThrow(() -> ValidationException.of("resource", "validation.resource.unknown"));
            Assignment a = new Assignment(task, resource, units);
            s.persist(a);
            return ResourceQueries.row(a);
        });
    }

    public void unassign(UserSession user, UUID assignmentId) {
        database.runInTransaction(user.username(), s -> {
            Assignment a = s.get(Assignment.class, assignmentId);
            if (a == null || a.isDeleted()) {
                throw new NotFoundException("assignment " + assignmentId);
            }
            editableTask(s, user, a.getTask().getId());
            a.markDeleted();
        });
    }

    public List<AssignmentRow> assignments(UserSession user, UUID projectId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Project p = s.get(Project.class, projectId);
            if (p == null || p.isDeleted()) {
                throw new NotFoundException("project " + projectId);
            }
            AccessPolicy.requireInScope(user, Permission.PROJECT_VIEW, p.getDepartment().getPath(), p.getCode());
            return s.createSelectionQuery("from Assignment a where a.task.project = :p and a.deleted = false "
                    + "and a.task.deleted = false order by a.task.wbsCode", Assignment.class)
                    .setParameter("p", p).getResultList().stream().map(ResourceQueries::row).toList();
        });
    }

    /** Over-allocation of every visible bookable resource, over all projects it works on. */
    public List<OverallocationWarning> overallocations(UserSession user) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            ResourceBookings bookings = ResourceBookings.load(s, user, ResourceQueries.visible(s, user));
            List<OverallocationWarning> warnings = new ArrayList<>();
            for (Overallocation o : ResourceLoad.overallocations(bookings.maxUnits(), bookings.calendars(), bookings.work())) {
                Resource r = bookings.resources().get(o.resource());
                warnings.add(new OverallocationWarning(r.getId(), r.getName(), o.from(), o.until(), o.peakUnits(),
                        r.getMaxUnits(), o.tasks()));
            }
            return warnings;
        });
    }

    /** The load histogram of one resource, day by day (0 on its days off). */
    public List<DayLoad> dailyLoad(UserSession user, UUID resourceId, LocalDate from, LocalDate until) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        if (until.isBefore(from) || from.plusYears(5).isBefore(until)) {
            throw ValidationException.of("until", "validation.range.dates");
        }
        return database.read(s -> {
            Resource r = ResourceQueries.visible(s, user).stream().filter(x -> x.getId().equals(resourceId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("resource " + resourceId));
            ResourceBookings bookings = ResourceBookings.load(s, user, List.of(r));
            int[] load = ResourceLoad.dailyLoad(bookings.calendars().get(0), bookings.work(), from, until);
            List<DayLoad> days = new ArrayList<>(load.length);
            for (int d = 0; d < load.length; d++) {
                days.add(new DayLoad(from.plusDays(d), load[d], r.getMaxUnits()));
            }
            return days;
        });
    }

    /**
     * Every visible resource's load from {@code from} to {@code until} across all projects, with the
     * bookings behind it: the resource usage view's histogram in one read.
     */
    public List<ResourceUsage> usage(UserSession user, LocalDate from, LocalDate until) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        if (from == null || until == null || until.isBefore(from) || from.plusYears(5).isBefore(until)) {
            throw ValidationException.of("until", "validation.range.dates");
        }
        return database.read(s -> {
            List<Resource> resources = ResourceQueries.visible(s, user);
            ResourceBookings bookings = ResourceBookings.load(s, user, resources);
            List<List<BookedWork>> byResource = new ArrayList<>();
            resources.forEach(r -> byResource.add(new ArrayList<>()));
            bookings.work().forEach(w -> byResource.get(w.resource()).add(w));
            List<ResourceUsage> out = new ArrayList<>(resources.size());
            for (int i = 0; i < resources.size(); i++) {
                Resource r = resources.get(i);
                int[] load = ResourceLoad.dailyLoad(bookings.calendars().get(i), byResource.get(i), from, until);
                List<DayLoad> days = new ArrayList<>(load.length);
                for (int d = 0; d < load.length; d++) {
                    days.add(new DayLoad(from.plusDays(d), load[d], r.getMaxUnits()));
                }
                List<ResourceUsage.Booking> behind = byResource.get(i).stream()
                        .filter(w -> !w.finish().isBefore(from) && !w.start().isAfter(until))
                        .map(w -> new ResourceUsage.Booking(w.label(), w.start(), w.finish(), w.units()))
                        .sorted(java.util.Comparator.comparing(ResourceUsage.Booking::start))
                        .toList();
                out.add(new ResourceUsage(ResourceQueries.row(r), r.getCalendar() == null ? null : r.getCalendar().getName(),
                        days, behind));
            }
            return out;
        });
    }

    /** Resources of a kind (and skill, if given) with the units free on every working day of the range. */
    public List<ResourceRow> findAvailable(UserSession user, ResourceKind kind, String skill, LocalDate from,
                                           LocalDate until, int units) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            List<Resource> candidates = ResourceQueries.visible(s, user).stream()
                    .filter(r -> r.getKind() == kind && ResourceQueries.hasSkill(r, skill)).toList();
            ResourceBookings bookings = ResourceBookings.load(s, user, candidates);
            List<ResourceRow> free = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                int index = i;
                int[] load = ResourceLoad.dailyLoad(bookings.calendars().get(i),
                        bookings.work().stream().filter(w -> w.resource() == index).toList(), from, until);
                int peak = java.util.Arrays.stream(load).max().orElse(0);
                if (peak + units <= candidates.get(i).getMaxUnits()) {
                    free.add(ResourceQueries.row(candidates.get(i)));
                }
            }
            return free;
        });
    }

    private static Task editableTask(Session s, UserSession user, UUID taskId) {
        AccessPolicy.require(user, Permission.TASK_EDIT);
        Task task = s.get(Task.class, taskId);
        if (task == null || task.isDeleted() || task.getProject().isDeleted()) {
            throw new NotFoundException("task " + taskId);
        }
        Project p = task.getProject();
        AccessPolicy.requireInScope(user, Permission.TASK_EDIT, p.getDepartment().getPath(), p.getCode());
        return task;
    }
}

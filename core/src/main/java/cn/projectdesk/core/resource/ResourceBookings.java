package cn.projectdesk.core.resource;

import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.project.ProjectScheduling;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.schedule.WorkingCalendar;
import cn.projectdesk.core.security.UserSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The bookings of some resources over ALL projects, as plain engine input. Tasks of projects outside
 * the user's scope are labelled by project number only: the user learns that the resource is busy,
 * not what the other office is doing.
 */
record ResourceBookings(List<Resource> resources, int[] maxUnits, List<WorkingCalendar> calendars, List<BookedWork> work) {

    static ResourceBookings load(Session s, UserSession user, List<Resource> resources) {
        Map<UUID, Integer> index = new HashMap<>();
        int[] max = new int[resources.size()];
        List<WorkingCalendar> calendars = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            index.put(r.getId(), i);
            max[i] = r.getKind().isBookable() ? r.getMaxUnits() : Integer.MAX_VALUE;
            calendars.add(ProjectScheduling.calendar(s, r.getCalendar()));
        }
        List<BookedWork> work = new ArrayList<>();
        if (!resources.isEmpty()) {
            List<Assignment> assignments = s.createSelectionQuery("from Assignment a join fetch a.task t join fetch t.project p "
                            + "join fetch p.department where a.resource in :rs and a.deleted = false and t.deleted = false "
                            + "and p.deleted = false", Assignment.class)
                    .setParameter("rs", resources).getResultList();
            for (Assignment a : assignments) {
                Task t = a.getTask();
                if (t.getStart() != null && t.getFinish() != null) {
                    work.add(new BookedWork(index.get(a.getResource().getId()), t.getStart(), t.getFinish(), a.getUnits(),
                            label(user, t)));
                }
            }
        }
        return new ResourceBookings(List.copyOf(resources), max, List.copyOf(calendars), List.copyOf(work));
    }

    private static String label(UserSession user, Task t) {
        Project p = t.getProject();
        return user.covers(p.getDepartment().getPath())
                ? p.getCode() + " " + t.getWbsCode() + " " + t.getName()
                : p.getCode();
    }
}

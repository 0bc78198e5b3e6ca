package cn.projectdesk.core.resource;

import cn.projectdesk.core.security.UserSession;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;

/** Lookups and record mapping shared by the resource services. */
final class ResourceQueries {
    private ResourceQueries() {
    }

    /** Pools above the user's unit, the unit's own and those below it. */
    static List<Resource> visible(Session s, UserSession user) {
        return s.createSelectionQuery("from Resource r join fetch r.orgUnit where r.deleted = false order by r.name",
                        Resource.class).getResultList().stream()
                .filter(r -> user.orgPath().startsWith(r.getOrgUnit().getPath()) || user.covers(r.getOrgUnit().getPath()))
                .toList();
    }

    static boolean hasSkill(Resource r, String skill) {
        if (skill == null || skill.isBlank()) {
            return true;
        }
        return r.getSkills() != null && Arrays.stream(r.getSkills().split("[,，;；\\s]+")).anyMatch(skill.strip()::equals);
    }

    static ResourceRow row(Resource r) {
        return new ResourceRow(r.getId(), r.getName(), r.getKind(), r.getOrgUnit().getName(), r.getCostPerDay(),
                r.getMaxUnits(), r.getSkills());
    }

    static AssignmentRow row(Assignment a) {
        return new AssignmentRow(a.getId(), a.getTask().getId(), a.getTask().getWbsCode(), a.getTask().getName(),
                a.getResource().getId(), a.getResource().getName(), a.getResource().getKind(), a.getUnits());
    }
}

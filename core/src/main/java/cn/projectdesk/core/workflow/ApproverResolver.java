package cn.projectdesk.core.workflow;

import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.security.AppUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Turns a step's approver references into usernames. A role means its nearest holders up the org
 * chain of the project's department (department → office → bureau), not counting the requester; a
 * named user is taken as named if active. Nobody found: the step is skipped, and the reason is kept.
 */
final class ApproverResolver {
    static final String NO_APPROVER = "NO_APPROVER";
    static final String REQUESTER_ONLY = "REQUESTER_ONLY";

    private ApproverResolver() {
    }

    record Resolved(List<String> usernames, String skipReason) {
    }

    static Resolved resolve(Session s, OrgUnit start, AppUser requester, List<ApproverRef> refs) {
        Set<String> found = new LinkedHashSet<>();
        boolean requesterWasCandidate = false;
        for (ApproverRef ref : refs) {
            List<AppUser> candidates = ref.kind() == ApproverRef.Kind.USER
                    ? activeUser(s, ref.value()) : nearestHolders(s, start, ref.value(), requester);
            for (AppUser u : candidates) {
                if (u.getId().equals(requester.getId())) {
                    requesterWasCandidate = true;
                } else {
                    found.add(u.getUsername());
                }
            }
            if (ref.kind() == ApproverRef.Kind.ROLE && holds(requester, ref.value()) && inChain(start, requester)) {
                requesterWasCandidate = true;
            }
        }
        if (found.isEmpty()) {
            return new Resolved(List.of(), requesterWasCandidate ? REQUESTER_ONLY : NO_APPROVER);
        }
        return new Resolved(new ArrayList<>(found), null);
    }

    private static List<AppUser> activeUser(Session s, String username) {
        return s.createSelectionQuery("from AppUser where username = :u and deleted = false and active = true", AppUser.class)
                .setParameter("u", username).getResultList();
    }

    /** Holders of the role in the nearest unit up the chain that has one other than the requester. */
    private static List<AppUser> nearestHolders(Session s, OrgUnit start, String roleCode, AppUser requester) {
        for (OrgUnit unit = start; unit != null; unit = unit.getParent()) {
            List<AppUser> holders = s.createSelectionQuery("from AppUser u where u.orgUnit = :unit and u.role.code = :role "
                            + "and u.deleted = false and u.active = true and u.id <> :requester order by u.username", AppUser.class)
                    .setParameter("unit", unit).setParameter("role", roleCode).setParameter("requester", requester.getId())
                    .getResultList();
            if (!holders.isEmpty()) {
                return holders;
            }
        }
        return List.of();
    }

    private static boolean holds(AppUser user, String roleCode) {
        return user.getRole().getCode().equals(roleCode);
    }

    private static boolean inChain(OrgUnit start, AppUser user) {
        return start.getPath().startsWith(user.getOrgUnit().getPath());
    }
}

package cn.projectdesk.core.project;

import cn.projectdesk.core.org.OrgUnit;
import org.hibernate.Session;

/**
 * Allocates {office code}-{year}-{seq}: the office code keeps numbers unique across offices that
 * create projects offline; seq continues from the highest number the office used that year.
 */
public final class ProjectCodeAllocator {
    private ProjectCodeAllocator() {
    }

    public static String next(Session session, OrgUnit department, int year) {
        String prefix = department.office().getCode() + "-" + year + "-";
        int highest = session.createSelectionQuery("select code from Project where code like :p", String.class)
                .setParameter("p", prefix + "%")
                .getResultList().stream()
                .map(code -> code.substring(prefix.length()))
                .filter(seq -> seq.matches("\\d+"))
                .mapToInt(Integer::parseInt)
                .max().orElse(0);
        return prefix + String.format("%03d", highest + 1);
    }
}

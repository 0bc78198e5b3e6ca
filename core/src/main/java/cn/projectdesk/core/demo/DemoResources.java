package cn.projectdesk.core.demo;

import cn.projectdesk.core.org.OrgUnit;
import cn.projectdesk.core.project.Task;
import cn.projectdesk.core.resource.Assignment;
import cn.projectdesk.core.resource.Resource;
import cn.projectdesk.core.resource.ResourceKind;
import java.math.BigDecimal;
import org.hibernate.Session;

/**
 * The bureau's shared pool of engineers and machines, booked by several projects — one supervising
 * engineer twice over in late 2026, so the over-allocation warning has something real to show.
 */
final class DemoResources {
    private final Session session;

    DemoResources(Session session) {
        this.session = session;
    }

    void populate(OrgUnit bureau, OrgUnit eastOffice) {
        Resource zhao = resource("赵工（监理工程师）", ResourceKind.PERSON, bureau, "800.00", 100, "监理,土建");
        Resource qian = resource("钱工（造价工程师）", ResourceKind.PERSON, bureau, "750.00", 100, "造价");
        Resource sun = resource("孙工（设计负责人）", ResourceKind.PERSON, bureau, "900.00", 100, "设计,市政");
        Resource digger = resource("挖掘机", ResourceKind.EQUIPMENT, eastOffice, "2200.00", 200, "土方");
        Resource roller = resource("压路机", ResourceKind.EQUIPMENT, eastOffice, "1800.00", 100, "路面");
        Resource asphalt = resource("沥青混凝土", ResourceKind.MATERIAL, eastOffice, "680.00", 100, null);

        assign("LJ-", "外墙保温及立面整治", zhao, 50);
        assign("DQ-", "路基拓宽", zhao, 60);
        assign("LJ-", "初步设计及概算批复", sun, 100);
        assign("DQ-", "勘察设计", sun, 100);
        assign("LJ-", "结算审计", qian, 100);
        assign("XQ-", "结算审计", qian, 100);
        assign("DQ-", "路基拓宽", digger, 100);
        assign("DQ-", "水泥稳定碎石基层", roller, 100);
        assign("DQ-", "沥青混凝土面层", roller, 100);
        assign("DQ-", "沥青混凝土面层", asphalt, 100);
    }

    private Resource resource(String name, ResourceKind kind, OrgUnit unit, String costPerDay, int maxUnits, String skills) {
        Resource r = new Resource(name, kind, unit);
        r.setCostPerDay(new BigDecimal(costPerDay));
        r.setMaxUnits(maxUnits);
        r.setSkills(skills);
        session.persist(r);
        return r;
    }

    /** Books the resource on every leaf task whose name contains the text, in projects whose code starts so. */
    private void assign(String codePrefix, String nameContains, Resource resource, int units) {
        session.createSelectionQuery("from Task t where t.project.code like :c and t.name like :n and t.deleted = false "
                        + "and not exists (from Task c where c.parent = t)", Task.class)
                .setParameter("c", codePrefix + "%").setParameter("n", "%" + nameContains + "%")
                .getResultList().forEach(t -> session.persist(new Assignment(t, resource, units)));
    }
}

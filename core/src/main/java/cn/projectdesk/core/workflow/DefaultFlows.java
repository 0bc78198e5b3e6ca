package cn.projectdesk.core.workflow;

import cn.projectdesk.core.security.StandardRole;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.Session;

/**
 * The flows a new data folder starts with (created on first use of a request type): 科室负责人 →
 * 分管领导 → 局长 for proposals; the director joins budget adjustments, changes and payments over
 * 500,000 yuan; finance joins payments; acceptance ends with a countersign of the deputy director and
 * finance.
 */
public final class DefaultFlows {
    public static final int DUE_WORKING_DAYS = 3;
    public static final BigDecimal DIRECTOR_THRESHOLD = new BigDecimal("500000.00");

    private DefaultFlows() {
    }

    /** The definition of the default flow of a type. */
    public static FlowDefinition of(RequestType type) {
        FlowStepDefinition chief = step("科室负责人审核", StandardRole.SECTION_CHIEF);
        FlowStepDefinition deputy = step("分管领导审批", StandardRole.DEPUTY_DIRECTOR);
        FlowStepDefinition director = step("局长审定", StandardRole.DIRECTOR);
        FlowStepDefinition largeDirector = new FlowStepDefinition("局长审定（50万元以上）", ApprovalMode.ANY,
                List.of(ApproverRef.role(StandardRole.DIRECTOR.name())), DIRECTOR_THRESHOLD);
        FlowStepDefinition finance = step("财务审核", StandardRole.FINANCE);
        List<FlowStepDefinition> steps = switch (type) {
            case PROJECT_PROPOSAL -> List.of(chief, deputy, director);
            case BUDGET_ADJUSTMENT, CHANGE_REQUEST -> List.of(chief, deputy, largeDirector);
            case PAYMENT -> List.of(chief, finance, deputy, largeDirector);
            case ACCEPTANCE -> List.of(chief, new FlowStepDefinition("分管领导、财务会签", ApprovalMode.ALL,
                    List.of(ApproverRef.role(StandardRole.DEPUTY_DIRECTOR.name()), ApproverRef.role(StandardRole.FINANCE.name())),
                    null));
        };
        return new FlowDefinition(type, type.chineseName() + "审批流程", DUE_WORKING_DAYS, steps);
    }

    private static FlowStepDefinition step(String name, StandardRole role) {
        return new FlowStepDefinition(name, ApprovalMode.ANY, List.of(ApproverRef.role(role.name())), null);
    }

    /** The flow of the type, creating the default one if there is none yet. */
    static ApprovalFlow flowFor(Session s, RequestType type) {
        return s.createSelectionQuery("from ApprovalFlow where requestType = :t and deleted = false order by id",
                        ApprovalFlow.class)
                .setParameter("t", type).setMaxResults(1).uniqueResultOptional()
                .orElseGet(() -> create(s, of(type)));
    }

    static ApprovalFlow create(Session s, FlowDefinition definition) {
        ApprovalFlow flow = new ApprovalFlow(definition.type(), definition.name(), definition.dueWorkingDays());
        s.persist(flow);
        persistSteps(s, flow, definition.steps());
        return flow;
    }

    static void persistSteps(Session s, ApprovalFlow flow, List<FlowStepDefinition> steps) {
        for (int i = 0; i < steps.size(); i++) {
            FlowStepDefinition d = steps.get(i);
            s.persist(new ApprovalFlowStep(flow, i, d.name(), d.mode(), d.approvers(),
                    d.minAmount() == null ? null : d.minAmount().setScale(2)));
        }
    }

    static List<ApprovalFlowStep> steps(Session s, ApprovalFlow flow) {
        return s.createSelectionQuery("from ApprovalFlowStep where flow = :f and deleted = false order by stepIndex",
                ApprovalFlowStep.class).setParameter("f", flow).getResultList();
    }
}

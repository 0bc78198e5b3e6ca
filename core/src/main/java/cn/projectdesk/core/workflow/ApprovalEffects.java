package cn.projectdesk.core.workflow;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * The effect of each request type. Built-in: an approved 立项申请 moves the project from 谋划 to 立项,
 * an approved 验收申请 moves it from 验收 (or 实施) to 评价. 预算调整 and 付款申请 get their effects from
 * the budget module ({@link #register}); 变更申请 only records the decision.
 */
public final class ApprovalEffects {
    private final Map<RequestType, ApprovalEffect> effects = new EnumMap<>(RequestType.class);

    public static ApprovalEffects standard() {
        ApprovalEffects all = new ApprovalEffects();
        all.register(RequestType.PROJECT_PROPOSAL, stageMove(Set.of(LifecycleStage.PLANNING,
                // a candidate promoted from the project library starts at 立项 with its proposal pending
                LifecycleStage.PROPOSAL), LifecycleStage.PROPOSAL));
        all.register(RequestType.ACCEPTANCE, stageMove(Set.of(LifecycleStage.IMPLEMENTATION, LifecycleStage.ACCEPTANCE),
                LifecycleStage.EVALUATION));
        return all;
    }

    /** Sets (or replaces) the effect of a request type. */
    public synchronized ApprovalEffects register(RequestType type, ApprovalEffect effect) {
        effects.put(type, effect);
        return this;
    }

    public synchronized Optional<ApprovalEffect> forType(RequestType type) {
        return Optional.ofNullable(effects.get(type));
    }

    /** Moves the project to the target stage; refused unless it is in one of the expected stages. */
    static ApprovalEffect stageMove(Set<LifecycleStage> from, LifecycleStage to) {
        return new ApprovalEffect() {
            @Override
            public void checkSubmittable(Session session, ApprovalRequest request) {
                requireStage(request.getProject());
            }

            @Override
            public void apply(Session session, ApprovalRequest request, String actor) {
                Project project = request.getProject();
                requireStage(project);
                project.setStage(to);
            }

            private void requireStage(Project project) {
                if (!from.contains(project.getStage())) {
                    throw ValidationException.of("project", "validation.approval.stageMismatch");
                }
            }
        };
    }
}

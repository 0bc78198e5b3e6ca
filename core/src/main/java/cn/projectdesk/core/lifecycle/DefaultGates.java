package cn.projectdesk.core.lifecycle;

import static cn.projectdesk.core.lifecycle.GateItemDefinition.approval;
import static cn.projectdesk.core.lifecycle.GateItemDefinition.document;
import static cn.projectdesk.core.lifecycle.GateItemDefinition.manual;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.workflow.RequestType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exit checklist of each stage as shipped, after the usual rules for government investment
 * projects (项目建议书 → 可研 → 批复 → 招标 → 合同 → 竣工 → 验收 → 绩效自评 → 移交). An administrator may
 * replace a stage's list; a stage without rows of its own uses these.
 */
public final class DefaultGates {
    private static final Map<LifecycleStage, List<GateItemDefinition>> GATES = new EnumMap<>(LifecycleStage.class);

    static {
        GATES.put(LifecycleStage.PLANNING, List.of(
                document("PROJECT_PROPOSAL_DOC", "项目建议书")));
        GATES.put(LifecycleStage.PROPOSAL, List.of(
                approval(RequestType.PROJECT_PROPOSAL, "立项申请已批准"),
                document("FEASIBILITY_STUDY", "可行性研究报告"),
                document("APPROVAL_REPLY", "立项批复文件")));
        GATES.put(LifecycleStage.PROCUREMENT, List.of(
                document("TENDER_DOCUMENTS", "招标文件"),
                document("BID_EVALUATION", "评标报告"),
                document("CONTRACT", "合同文本")));
        GATES.put(LifecycleStage.IMPLEMENTATION, List.of(
                document("COMPLETION_REPORT", "竣工（完工）报告"),
                manual("WORKS_COMPLETE", "全部建设内容已完成")));
        GATES.put(LifecycleStage.ACCEPTANCE, List.of(
                approval(RequestType.ACCEPTANCE, "验收申请已批准"),
                document("ACCEPTANCE_REPORT", "验收报告")));
        GATES.put(LifecycleStage.EVALUATION, List.of(
                document("SELF_EVALUATION", "绩效自评报告")));
        GATES.put(LifecycleStage.OPERATION, List.of(
                manual("HANDOVER", "运维移交及资料整理完毕")));
        GATES.put(LifecycleStage.ARCHIVED, List.of());
    }

    private DefaultGates() {
    }

    public static List<GateItemDefinition> of(LifecycleStage stage) {
        return GATES.get(stage);
    }

    /**
     * The message key naming a shipped item ({@code gateItem.DOCUMENT.FEASIBILITY_STUDY}), so the English
     * screens do not show the Chinese label; empty for an administrator's own item (its label is the name).
     */
    public static Optional<String> labelKey(LifecycleStage stage, GateItemDefinition item) {
        return GATES.get(stage).contains(item)
                ? Optional.of("gateItem." + item.kind() + "." + item.refCode()) : Optional.empty();
    }
}

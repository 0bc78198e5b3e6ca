package cn.projectdesk.core.project;

/** The lifecycle of a government project, in order: 谋划 → 立项 → 招采 → 实施 → 验收 → 评价 → 运维 → 归档. */
public enum LifecycleStage {
    PLANNING, PROPOSAL, PROCUREMENT, IMPLEMENTATION, ACCEPTANCE, EVALUATION, OPERATION, ARCHIVED
}

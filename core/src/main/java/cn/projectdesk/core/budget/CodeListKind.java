package cn.projectdesk.core.budget;

/** The administrator-editable lists budget lines draw their codes from. */
public enum CodeListKind {
    /** 资金来源: 财政拨款, 专项债券, PPP, 单位自筹, 上级补助, 其他 (codes are the {@code FundingSource} names). */
    FUNDING_SOURCE,
    /** 部门预算支出经济分类科目, 类 (3 digits) and 款 (5 digits) levels. */
    ECONOMIC_CLASS
}

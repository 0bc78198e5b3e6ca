package cn.projectdesk.core.project;

/** 财政拨款, 专项债券, 政府和社会资本合作 (PPP), 单位自筹, 上级补助, 其他. */
public enum FundingSource {
    FISCAL_APPROPRIATION, SPECIAL_BOND, PPP, SELF_RAISED, SUPERIOR_SUBSIDY, OTHER
}

package cn.projectdesk.core.performance;

/** 产出指标, 效益指标, 满意度指标. */
public enum IndicatorCategory {
    OUTPUT, BENEFIT, SATISFACTION
}

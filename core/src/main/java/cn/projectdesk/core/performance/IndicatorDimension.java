package cn.projectdesk.core.performance;

/** The second level of the framework: 产出 (数量/质量/时效/成本), 效益 (经济/社会/生态/可持续影响), 满意度. */
public enum IndicatorDimension {
    QUANTITY(IndicatorCategory.OUTPUT),
    QUALITY(IndicatorCategory.OUTPUT),
    TIMELINESS(IndicatorCategory.OUTPUT),
    COST(IndicatorCategory.OUTPUT),
    ECONOMIC(IndicatorCategory.BENEFIT),
    SOCIAL(IndicatorCategory.BENEFIT),
    ECOLOGICAL(IndicatorCategory.BENEFIT),
    SUSTAINABLE(IndicatorCategory.BENEFIT),
    SATISFACTION(IndicatorCategory.SATISFACTION);

    private final IndicatorCategory category;

    IndicatorDimension(IndicatorCategory category) {
        this.category = category;
    }

    public IndicatorCategory category() {
        return category;
    }
}

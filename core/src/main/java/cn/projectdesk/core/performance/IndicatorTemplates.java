package cn.projectdesk.core.performance;

import static cn.projectdesk.core.performance.IndicatorDimension.COST;
import static cn.projectdesk.core.performance.IndicatorDimension.ECOLOGICAL;
import static cn.projectdesk.core.performance.IndicatorDimension.ECONOMIC;
import static cn.projectdesk.core.performance.IndicatorDimension.QUALITY;
import static cn.projectdesk.core.performance.IndicatorDimension.QUANTITY;
import static cn.projectdesk.core.performance.IndicatorDimension.SATISFACTION;
import static cn.projectdesk.core.performance.IndicatorDimension.SOCIAL;
import static cn.projectdesk.core.performance.IndicatorDimension.SUSTAINABLE;
import static cn.projectdesk.core.performance.IndicatorDimension.TIMELINESS;
import static cn.projectdesk.core.performance.ScoringRule.AT_LEAST;
import static cn.projectdesk.core.performance.ScoringRule.AT_MOST;
import static cn.projectdesk.core.performance.ScoringRule.MANUAL;
import static cn.projectdesk.core.performance.ScoringRule.REACHED;

import cn.projectdesk.core.project.ProjectType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Indicator frameworks per project type, in the shape of the 财政部 项目支出绩效评价 common framework:
 * 产出 50, 效益 30, 满意度 10 points, plus 10 for the cost and timeliness the type needs most. Targets
 * are placeholders the officer replaces with the approved ones; weights always sum to 100.
 */
public final class IndicatorTemplates {
    private IndicatorTemplates() {
    }

    public static List<IndicatorInput> forType(ProjectType type) {
        List<IndicatorInput> list = new ArrayList<>();
        switch (type) {
            case INFRASTRUCTURE -> {
                list.add(i(QUANTITY, "建设内容完成率", "%", "100", "20", AT_LEAST));
                list.add(i(QUALITY, "工程质量验收合格率", "%", "100", "15", REACHED));
                list.add(i(TIMELINESS, "按期完工（延误天数）", "天", "0", "10", AT_MOST));
                list.add(i(COST, "投资控制（决算/批复概算）", "%", "100", "15", AT_MOST));
                list.add(i(SOCIAL, "受益人口", "万人", "1", "15", AT_LEAST));
                list.add(i(SUSTAINABLE, "设施长效管护机制", "项", "1", "15", MANUAL));
            }
            case INFORMATIZATION -> {
                list.add(i(QUANTITY, "系统功能模块上线数", "个", "10", "20", AT_LEAST));
                list.add(i(QUALITY, "等保测评通过", "项", "1", "15", REACHED));
                list.add(i(TIMELINESS, "按期上线（延误天数）", "天", "0", "10", AT_MOST));
                list.add(i(COST, "资金执行率偏差", "%", "100", "15", AT_MOST));
                list.add(i(ECONOMIC, "办事时限压缩", "%", "30", "15", AT_LEAST));
                list.add(i(SUSTAINABLE, "系统可用率", "%", "99.5", "15", AT_LEAST));
            }
            default -> {
                list.add(i(QUANTITY, "计划任务完成率", "%", "100", "20", AT_LEAST));
                list.add(i(QUALITY, "质量达标率", "%", "100", "15", AT_LEAST));
                list.add(i(TIMELINESS, "按期完成（延误天数）", "天", "0", "10", AT_MOST));
                list.add(i(COST, "预算执行偏差", "%", "100", "15", AT_MOST));
                list.add(i(SOCIAL, "社会效益", "项", "1", "15", MANUAL));
                list.add(i(ECOLOGICAL, "生态环境影响", "项", "1", "15", MANUAL));
            }
        }
        list.add(i(SATISFACTION, "服务对象满意度", "%", "90", "10", AT_LEAST));
        return List.copyOf(list);
    }

    private static IndicatorInput i(IndicatorDimension d, String name, String unit, String target, String weight, ScoringRule rule) {
        return new IndicatorInput(d, name, unit, new BigDecimal(target), new BigDecimal(weight), null, rule, null);
    }
}

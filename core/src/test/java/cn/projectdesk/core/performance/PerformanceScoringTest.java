package cn.projectdesk.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed scores per rule, and the grade boundaries. */
class PerformanceScoringTest {
    private static IndicatorInput in(String target, String weight, String actual, ScoringRule rule, String manual) {
        return new IndicatorInput(IndicatorDimension.QUANTITY, "指标", "%", new BigDecimal(target), new BigDecimal(weight),
                actual == null ? null : new BigDecimal(actual), rule, manual == null ? null : new BigDecimal(manual));
    }

    @Test
    void eachRuleEarnsItsShareOfTheWeight() {
        assertThat(PerformanceScoring.score(in("100", "20", "80", ScoringRule.AT_LEAST, null)).score()).isEqualByComparingTo("16.00");
        assertThat(PerformanceScoring.score(in("100", "20", "120", ScoringRule.AT_LEAST, null)).score()).isEqualByComparingTo("20.00");
        assertThat(PerformanceScoring.score(in("100", "15", "110", ScoringRule.AT_MOST, null)).score()).isEqualByComparingTo("13.50");
        assertThat(PerformanceScoring.score(in("100", "15", "95", ScoringRule.AT_MOST, null)).score()).isEqualByComparingTo("15.00");
        assertThat(PerformanceScoring.score(in("100", "15", "250", ScoringRule.AT_MOST, null)).score()).isEqualByComparingTo("0.00");
        assertThat(PerformanceScoring.score(in("0", "10", "0", ScoringRule.AT_MOST, null)).score()).isEqualByComparingTo("10.00");
        assertThat(PerformanceScoring.score(in("0", "10", "3", ScoringRule.AT_MOST, null)).score()).isEqualByComparingTo("0.00");
        assertThat(PerformanceScoring.score(in("1", "15", "0", ScoringRule.REACHED, null)).score()).isEqualByComparingTo("0.00");
        assertThat(PerformanceScoring.score(in("1", "15", "1", ScoringRule.REACHED, null)).score()).isEqualByComparingTo("15.00");
        assertThat(PerformanceScoring.score(in("1", "15", null, ScoringRule.MANUAL, "12.5")).score()).isEqualByComparingTo("12.50");
        assertThat(PerformanceScoring.score(in("90", "10", "86.7", ScoringRule.AT_LEAST, null)).score()).isEqualByComparingTo("9.63");
        IndicatorScore missing = PerformanceScoring.score(in("100", "20", null, ScoringRule.AT_LEAST, null));
        assertThat(missing.measured()).isFalse();
        assertThat(missing.score()).isEqualByComparingTo("0");
    }

    @Test
    void theTotalIsTheSumAndTheGradeFollowsTheBoundaries() {
        Scorecard card = PerformanceScoring.score(List.of(in("100", "60", "100", ScoringRule.AT_LEAST, null),
                in("100", "40", "75", ScoringRule.AT_LEAST, null)));
        assertThat(card.total()).isEqualByComparingTo("90.00");
        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(card.complete()).isTrue();
        assertThat(card.subtotal(IndicatorCategory.OUTPUT)).isEqualByComparingTo("90");
        assertThat(card.subtotal(IndicatorCategory.BENEFIT)).isEqualByComparingTo("0");
        assertThat(Grade.of(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("79.99"))).isEqualTo(Grade.FAIR);
        assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
        assertThat(Grade.of(new BigDecimal("59.99"))).isEqualTo(Grade.POOR);
        assertThat(Grade.POOR.chinese()).isEqualTo("差");
    }

    @Test
    void everyTemplateWeighsExactlyOneHundredAndCoversTheThreeCategories() {
        for (cn.projectdesk.core.project.ProjectType type : cn.projectdesk.core.project.ProjectType.values()) {
            List<IndicatorInput> template = IndicatorTemplates.forType(type);
            assertThat(template.stream().map(IndicatorInput::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(type.name()).isEqualByComparingTo("100");
            assertThat(template).extracting(i -> i.dimension().category()).contains(IndicatorCategory.values());
        }
    }
}

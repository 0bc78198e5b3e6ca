package cn.projectdesk.core.performance;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One indicator of an evaluation: unit, target, weight, actual and scoring rule. */
@Entity
@Table(name = "performance_indicator")
public class PerformanceIndicator extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    private PerformanceEvaluation evaluation;

    @Column(name = "item_order", nullable = false)
    private int itemOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 24)
    private IndicatorDimension dimension;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "unit", nullable = false, length = 40)
    private String unit;

    @Column(name = "target", nullable = false, precision = 18, scale = 4)
    private BigDecimal target;

    @Column(name = "weight", nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @Column(name = "actual", precision = 18, scale = 4)
    private BigDecimal actual;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 16)
    private ScoringRule rule;

    @Column(name = "manual_score", precision = 6, scale = 2)
    private BigDecimal manualScore;

    protected PerformanceIndicator() {
    }

    public PerformanceIndicator(PerformanceEvaluation evaluation, int itemOrder, IndicatorInput in) {
        this.evaluation = evaluation;
        this.itemOrder = itemOrder;
        this.dimension = in.dimension();
        this.name = in.name().strip();
        this.unit = in.unit().strip();
        this.target = in.target().setScale(4, java.math.RoundingMode.HALF_UP);
        this.weight = in.weight().setScale(2, java.math.RoundingMode.HALF_UP);
        this.rule = in.rule();
        measured(in.actual(), in.manualScore());
    }

    public void measured(BigDecimal actual, BigDecimal manualScore) {
        this.actual = actual == null ? null : actual.setScale(4, java.math.RoundingMode.HALF_UP);
        this.manualScore = manualScore == null ? null : manualScore.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public PerformanceEvaluation getEvaluation() {
        return evaluation;
    }

    public int getItemOrder() {
        return itemOrder;
    }

    public IndicatorInput input() {
        return new IndicatorInput(dimension, name, unit, target.stripTrailingZeros(), weight, 
                actual == null ? null : actual.stripTrailingZeros(), rule, manualScore);
    }
}

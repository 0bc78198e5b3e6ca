package cn.projectdesk.core.performance;

/**
 * How an indicator's actual value earns its weight: AT_LEAST (≥ target full marks, below it in
 * proportion), AT_MOST (≤ target full marks, each percent over the target loses a percent), REACHED
 * (all or nothing), MANUAL (the evaluator gives 0..weight, e.g. for qualitative benefits).
 */
public enum ScoringRule {
    AT_LEAST, AT_MOST, REACHED, MANUAL
}

package cn.projectdesk.core.risk;

/** The rules of the warnings centre; thresholds are settings (see {@link RiskSettings}). */
public enum WarningRule {
    /** planned minus actual percent complete above the deviation threshold (points) */
    SCHEDULE_DEVIATION,
    /** a budget rule fired: payments or contracts above a line, budget above approved investment, supplements above 10 % */
    OVERSPEND,
    /** a milestone's finish has passed and it is not complete */
    MILESTONE_OVERDUE,
    /** a milestone falls due within the coming days */
    MILESTONE_DUE,
    /** an approval step waits longer than its flow allows */
    APPROVAL_OVERDUE,
    /** a contract's term ends within the coming days */
    CONTRACT_EXPIRING,
    /** a contract's warranty period ends within the coming days */
    WARRANTY_EXPIRING,
    /** Monte Carlo: the chance of finishing by the planned finish is below the threshold (percent) */
    SCHEDULE_RISK,
    /** a project in 运维 whose O&M cover (the latest contract term) ends within the coming days or has ended */
    OM_EXPIRING
}

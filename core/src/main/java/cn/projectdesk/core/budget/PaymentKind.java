package cn.projectdesk.core.budget;

/** A planned instalment (付款计划) or a payment actually made (实际支付). */
public enum PaymentKind {
    PLANNED, ACTUAL
}

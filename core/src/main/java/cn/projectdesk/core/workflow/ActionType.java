package cn.projectdesk.core.workflow;

/** What an approval action did; SKIP is written by the system for a step nobody can take. */
public enum ActionType {
    SUBMIT, APPROVE, REJECT, RETURN, WITHDRAW, SKIP;

    /** Actions that count as a decision on the request (withdrawal is allowed only before the first). */
    public boolean isDecision() {
        return this == APPROVE || this == REJECT || this == RETURN;
    }
}

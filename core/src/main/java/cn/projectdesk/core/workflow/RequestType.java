package cn.projectdesk.core.workflow;

/** The kinds of request that go through an approval flow: 立项申请, 预算调整, 变更申请, 付款申请, 验收申请. */
public enum RequestType {
    PROJECT_PROPOSAL("立项申请"),
    BUDGET_ADJUSTMENT("预算调整"),
    CHANGE_REQUEST("变更申请"),
    PAYMENT("付款申请"),
    ACCEPTANCE("验收申请");

    private final String chineseName;

    RequestType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The form title used in flows and demo data (screens take their labels from their own bundles). */
    public String chineseName() {
        return chineseName;
    }
}

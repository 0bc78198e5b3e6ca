package cn.projectdesk.core.resource;

/** 人员, 设备, 物资. People and equipment can be over-allocated; materials are consumed, not booked. */
public enum ResourceKind {
    PERSON, EQUIPMENT, MATERIAL;

    public boolean isBookable() {
        return this != MATERIAL;
    }
}

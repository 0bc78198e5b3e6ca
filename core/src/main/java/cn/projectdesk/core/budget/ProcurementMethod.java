package cn.projectdesk.core.budget;

/** 公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 单一来源, 询价, 框架协议. */
public enum ProcurementMethod {
    PUBLIC_TENDER, INVITED_TENDER, COMPETITIVE_NEGOTIATION, COMPETITIVE_CONSULTATION, SINGLE_SOURCE, INQUIRY,
    FRAMEWORK_AGREEMENT
}

package cn.projectdesk.core.interop.ledger;

/** The columns of a project register (项目台账), in header-recognition order. */
public enum RegisterColumn {
    SEQUENCE, NAME, CODE, DEPARTMENT, TYPE, YEAR, FUNDING, BUDGET, START, FINISH, STAGE, OWNER, DESCRIPTION
}

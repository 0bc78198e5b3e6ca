package cn.projectdesk.core.org;

/** 局 (bureau, headquarters), 科室/处室 (department) and 派出机构/分局 (field office). */
public enum OrgUnitKind {
    BUREAU, DEPARTMENT, FIELD_OFFICE;

    /** Offices own a project numbering sequence; departments number under their office. */
    public boolean isOffice() {
        return this != DEPARTMENT;
    }
}

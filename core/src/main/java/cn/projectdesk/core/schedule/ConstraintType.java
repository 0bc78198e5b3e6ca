package cn.projectdesk.core.schedule;

/** MS Project's date constraints; "honor constraint dates" applies: a constraint wins over links. */
public enum ConstraintType {
    ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO;

    public boolean needsDate() {
        return this != ASAP && this != ALAP;
    }
}

package cn.projectdesk.core.library;

/** 储备 (in the library), 已转立项 (promoted to a proposal), 已搁置 (shelved). */
public enum CandidateStatus {
    CANDIDATE, PROMOTED, SHELVED
}

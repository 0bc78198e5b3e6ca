package cn.projectdesk.core.schedule;

/** Finish-to-start, start-to-start, finish-to-finish, start-to-finish, as in MS Project. */
public enum DependencyType {
    FS, SS, FF, SF
}

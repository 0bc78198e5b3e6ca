package cn.projectdesk.core.schedule;

/** A dependency between two task indexes of a {@link CpmProject}. */
public record CpmLink(int predecessor, int successor, DependencyType type, Lag lag) {
    public CpmLink {
        if (lag == null) {
            lag = Lag.NONE;
        }
    }

    public static CpmLink fs(int predecessor, int successor) {
        return new CpmLink(predecessor, successor, DependencyType.FS, Lag.NONE);
    }
}

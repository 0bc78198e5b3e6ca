package cn.projectdesk.core.store;

/**
 * Who is writing in the current unit of work. The change capture refuses any flush that happens
 * outside a scope, so no code path can write a syncable row without a change-log entry and an actor.
 */
final class CaptureScope {
    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();
    private static final ThreadLocal<RemoteStamp> REMOTE = new ThreadLocal<>();
    private static final ThreadLocal<java.util.List<PendingChange>> PENDING = new ThreadLocal<>();

    private CaptureScope() {
    }

    static void enter(String actor) {
        if (ACTOR.get() != null) {
            throw new IllegalStateException("nested unit of work for " + actor + " inside " + ACTOR.get());
        }
        ACTOR.set(actor);
        PENDING.set(new java.util.ArrayList<>());
    }

    static void leave() {
        ACTOR.remove();
        REMOTE.remove();
        PENDING.remove();
    }

    /** Captures of this unit of work not yet written (written in one batch before the commit). */
    static java.util.List<PendingChange> pending() {
        java.util.List<PendingChange> pending = PENDING.get();
        if (pending == null) {
            throw new IllegalStateException("write outside a unit of work: every change must go through Database.inTransaction");
        }
        return pending;
    }

    /**
     * While a change pulled from another node is flushed, rows keep that node's clock, node and actor
     * (so later merges compare the original stamps) and the change log is written by the applier.
     */
    static void applyingRemote(RemoteStamp stamp) {
        REMOTE.set(stamp);
    }

    static RemoteStamp remote() {
        return REMOTE.get();
    }

    record RemoteStamp(long hlc, String nodeId, String actor) {
    }

    static String currentActor() {
        String actor = ACTOR.get();
        if (actor == null) {
            throw new IllegalStateException("write outside a unit of work: every change must go through Database.inTransaction");
        }
        return actor;
    }
}

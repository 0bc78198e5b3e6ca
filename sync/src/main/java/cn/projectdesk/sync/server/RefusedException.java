package cn.projectdesk.sync.server;

/** A request the server refuses as a whole (HTTP status and reason); nothing of it is stored. */
public final class RefusedException extends RuntimeException {
    private final int status;
    private final String error;

    public RefusedException(int status, String error, String reason) {
        super(reason);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}

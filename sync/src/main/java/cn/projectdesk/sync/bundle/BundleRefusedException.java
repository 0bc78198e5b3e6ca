package cn.projectdesk.sync.bundle;

/** A bundle that is refused as a whole, with the reason; nothing of it was applied. */
public final class BundleRefusedException extends RuntimeException {
    public BundleRefusedException(String reason) {
        super(reason);
    }

    public BundleRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

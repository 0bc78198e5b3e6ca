package cn.projectdesk.core.store;

/** Someone else saved the same row since it was read (optimistic lock); reload and edit again. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String message, Throwable cause) {
        super(message, cause);
    }
}

package cn.projectdesk.app.cli;

/** The exit codes scripts rely on. */
public final class ExitCode {
    public static final int OK = 0;
    /** A check failed: wrong password, no permission, data folder in use or not set up. */
    public static final int CHECK_FAILED = 1;
    /** Bad input or usage: unknown option, invalid value, a field that fails validation. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}

package cn.projectdesk.app.cli;

/** A value on the command line that cannot be used; the message is shown as is. */
final class CliInputException extends RuntimeException {
    CliInputException(String message) {
        super(message);
    }
}

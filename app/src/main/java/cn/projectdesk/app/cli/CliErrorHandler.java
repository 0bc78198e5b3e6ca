package cn.projectdesk.app.cli;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.schedule.DependencyCycleException;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.LoginFailedException;
import cn.projectdesk.core.store.ConcurrentEditException;
import cn.projectdesk.core.store.StorageException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns what went wrong into one clear line on stderr and the documented exit code; no stack traces. */
final class CliErrorHandler implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CliErrorHandler.class);
    /** Core names fields after the model; the command line names a few of them differently. */
    private static final java.util.Map<String, String> OPTION_OF_FIELD = java.util.Map.of("approvedBudget", "budget");

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        cli.getErr().println(CliMessages.get("cli.error", message(e)));
        cli.getErr().flush();
        LOG.warn("Command failed: {}", e.toString());
        return exitCodeOf(e);
    }

    static int exitCodeOf(Throwable e) {
        if (e instanceof cn.projectdesk.core.backup.BackupException b) {
            return switch (b.reason()) {
                case CORRUPT, VERIFY_FAILED, IO -> ExitCode.CHECK_FAILED;
                default -> ExitCode.BAD_INPUT;
            };
        }
        if (e instanceof ValidationException || e instanceof CliInputException || e instanceof NotFoundException
                || e instanceof DependencyCycleException || e instanceof CommandLine.ParameterException) {
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.CHECK_FAILED;
    }

    private static String message(Exception e) {
        if (e instanceof ValidationException v) {
            return v.fieldErrors().entrySet().stream()
                    .map(f -> "--" + OPTION_OF_FIELD.getOrDefault(f.getKey(), f.getKey()) + ": "
                            + CliMessages.get(f.getValue(), v.arguments().toArray()))
                    .collect(Collectors.joining("; "));
        }
        if (e instanceof LoginFailedException l) {
            return switch (l.reason()) {
                case BAD_CREDENTIALS -> CliMessages.get("error.login.badCredentials");
                case LOCKED -> CliMessages.get("error.login.locked", l.lockedUntil());
                case DISABLED -> CliMessages.get("error.login.disabled");
                case SECOND_FACTOR_REQUIRED -> CliMessages.get("error.login.secondFactorRequired") + " ("
                        + CliSession.TOTP_VARIABLE + ")";
                case BAD_SECOND_FACTOR -> CliMessages.get("error.login.badSecondFactor");
            };
        }
        if (e instanceof AccessDeniedException) {
            return CliMessages.get("error.accessDenied");
        }
        if (e instanceof ConcurrentEditException) {
            return CliMessages.get("error.concurrentEdit");
        }
        if (e instanceof DependencyCycleException c) {
            return CliMessages.get("error.cycle", String.join(" → ", c.taskNames()));
        }
        if (e instanceof cn.projectdesk.core.backup.BackupException b) {
            return CliMessages.get(b.messageKey(), b.arguments().toArray());
        }
        if (e instanceof StorageException s) {
            return CliMessages.get(s.messageKey(), s.arguments().toArray());
        }
        if (e instanceof CliInputException || e instanceof NotFoundException) {
            return e.getMessage();
        }
        return e.toString();
    }
}

package cn.projectdesk.app.ui.common;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.schedule.DependencyCycleException;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.LoginFailedException;
import cn.projectdesk.core.store.ConcurrentEditException;
import cn.projectdesk.core.store.StorageException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** Turns what core throws into one sentence for the user, in their language. */
public final class ErrorMessages {
    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ValidationException v) {
            Object[] arguments = v.arguments().toArray();
            return v.fieldErrors().values().stream().distinct().map(key -> messages.error(key, arguments))
                    .collect(Collectors.joining(" "));
        }
        if (t instanceof DependencyCycleException c) {
            String loop = String.join(" → ", c.taskNames()) + " → " + c.taskNames().get(0);
            return messages.error("error.cycle", loop);
        }
        if (t instanceof AccessDeniedException) {
            return messages.error("error.accessDenied");
        }
        if (t instanceof ConcurrentEditException) {
            return messages.error("error.concurrentEdit");
        }
        if (t instanceof NotFoundException) {
            return messages.error("error.notFound");
        }
        if (t instanceof LoginFailedException l) {
            return login(l);
        }
        if (t instanceof StorageException s) {
            return messages.get("error.storage." + s.reason().name()) + "\n\n"
                    + messages.error(s.messageKey(), s.arguments().toArray());
        }
        return messages.format("error.unexpected", t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }

    private String login(LoginFailedException failure) {
        return switch (failure.reason()) {
            case BAD_CREDENTIALS -> messages.error("error.login.badCredentials");
            case DISABLED -> messages.error("error.login.disabled");
            case SECOND_FACTOR_REQUIRED -> messages.error("error.login.secondFactorRequired");
            case BAD_SECOND_FACTOR -> messages.error("error.login.badSecondFactor");
            case LOCKED -> messages.error("error.login.locked", failure.lockedUntil() == null ? "" :
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                            .format(failure.lockedUntil().atZone(ZoneId.systemDefault())));
        };
    }

    /** Expected refusals are shown as information; anything else is a fault worth logging. */
    public static boolean isExpected(Throwable failure) {
        Throwable t = unwrap(failure);
        return t instanceof ValidationException || t instanceof DependencyCycleException
                || t instanceof AccessDeniedException || t instanceof ConcurrentEditException
                || t instanceof NotFoundException || t instanceof LoginFailedException;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}

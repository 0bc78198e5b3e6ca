package cn.projectdesk.app.ui.startup;

import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.sync.SyncTexts;
import cn.projectdesk.sync.client.DeviceCertificate;
import cn.projectdesk.sync.client.OfficeJoin;
import cn.projectdesk.sync.client.SyncCancelledException;
import cn.projectdesk.sync.client.SyncRefusedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why joining headquarters failed, in words that say what to do next. Every case ends with the retry,
 * because a failed join leaves the folder ready for it (ADR 31).
 */
final class JoinFailureText {
    private static final Logger LOG = LoggerFactory.getLogger(JoinFailureText.class);
    private final Messages messages;

    JoinFailureText(Messages messages) {
        this.messages = messages;
    }

    /** Empty for a cancelled join: the user asked for it, no dialog. */
    Optional<String> describe(Throwable failure, String server) {
        if (failure instanceof SyncCancelledException) {
            return Optional.empty();
        }
        String text;
        if (failure instanceof DeviceCertificate.InvalidException invalid) {
            text = new SyncTexts(messages).certificateProblem(invalid);
        } else if (failure instanceof OfficeJoin.NoUsersException noUsers) {
            text = messages.format("firstStart.join.failed.noUsers", noUsers.orgUnit());
        } else if (failure instanceof OfficeJoin.LocalDataException) {
            return Optional.of(messages.get("firstStart.join.failed.localData")); // a retry cannot help
        } else if (failure instanceof SyncRefusedException refused) {
            text = messages.format("firstStart.join.failed.refused", refused.getMessage());
        } else if (failure instanceof SSLException ssl) {
            text = messages.format("firstStart.join.failed.tls", detail(ssl));
        } else if (unreachable(failure)) {
            text = messages.format("firstStart.join.failed.unreachable", server);
        } else if (failure instanceof IOException io) {
            LOG.warn("Joining headquarters failed", io);
            text = messages.format("firstStart.join.failed.network", detail(io));
        } else {
            if (!ErrorMessages.isExpected(failure)) {
                LOG.error("Joining headquarters failed", failure);
            }
            text = new ErrorMessages(messages).describe(failure);
        }
        return Optional.of(text + "\n\n" + messages.get("firstStart.join.failed.retry"));
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static String detail(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

package cn.projectdesk.app.ui.scheduled;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.warnings.WarningsViewModel;
import cn.projectdesk.core.security.UserSession;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers of a signed-in window: every quarter of an hour the scheduled backup runs if its interval
 * has passed (the schedule is an administrator's setting), and the warning rules run once a day for a
 * user who may evaluate them. Both run on the background worker. New warnings and a failed backup are
 * announced as desktop notices (no one asked for them at that moment, so no dialog); the next tick
 * tries again.
 */
public final class ScheduledJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);
    private static final Duration FIRST = Duration.minutes(1);
    private static final Duration EVERY = Duration.minutes(15);

    private final AppContext context;
    private final UserSession user;
    private final Timeline timeline = new Timeline();

    public ScheduledJobs(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        timeline.getKeyFrames().add(new KeyFrame(EVERY, e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timeline.setDelay(FIRST);
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /** One round: backup if due, then the daily warnings evaluation. */
    public void tick() {
        backupIfDue();
        context.runner().run(() -> context.core().ops().warnings().evaluateDaily(user), result -> result.ifPresent(r -> {
            LOG.info("Daily warnings evaluation: {}", r);
            WarningsViewModel.announce(context, r.opened());
        }), failure -> LOG.warn("Daily warnings evaluation failed: {}", failure.toString()));
    }

    /**
     * The scheduled backup, when its interval has passed, encrypted with this session's password if an
     * administrator gave one. A failure is logged, shown as the last result in Settings and announced as a
     * desktop notice (nobody is waiting for a dialog); the next tick tries again.
     */
    private void backupIfDue() {
        if (!context.core().ops().backups().schedule().isDue(java.time.Instant.now())) {
            return;
        }
        BackupActivity activity = context.backupActivity();
        char[] password = activity.password();
        activity.run(context.runner(), context::messages, () -> {
            try {
                return context.core().ops().backups().runIfDue(password);
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        }, r -> LOG.info("Scheduled backup written to {} ({} bytes)", r.file(), r.bytes()), failure -> {
            LOG.warn("Scheduled backup failed: {}", failure.toString());
            context.notices().show(context.messages().get("settings.backup.failedTitle"), activity.describeLast(context.messages()));
        });
    }
}

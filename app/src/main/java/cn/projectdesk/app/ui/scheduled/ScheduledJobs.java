package cn.projectdesk.app.ui.scheduled;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.core.security.UserSession;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers of a signed-in window: every quarter of an hour the scheduled backup runs if its interval
 * has passed (the schedule is an administrator's setting), and the warning rules run once a day for a
 * user who may evaluate them. Both run on the background worker; a failure is logged, not shown, as
 * no one asked for it at that moment (the next tick tries again).
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
        context.runner().run(() -> {
            context.core().ops().backups().runIfDue()
                    .ifPresent(r -> LOG.info("Scheduled backup written to {} ({} bytes)", r.file(), r.bytes()));
            context.core().ops().warnings().evaluateDaily(user)
                    .ifPresent(r -> LOG.info("Daily warnings evaluation: {}", r));
            return null;
        }, done -> { }, failure -> LOG.warn("Scheduled job failed: {}", failure.toString()));
    }
}

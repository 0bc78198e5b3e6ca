package cn.projectdesk.core.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand. */
final class MutableClock extends Clock {
    private Instant now;

    MutableClock(LocalDateTime beijingTime) {
        set(beijingTime);
    }

    void set(LocalDateTime beijingTime) {
        now = beijingTime.atZone(ApprovalEngine.ZONE).toInstant();
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ApprovalEngine.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}

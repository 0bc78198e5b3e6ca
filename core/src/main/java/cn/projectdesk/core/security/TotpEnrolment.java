package cn.projectdesk.core.security;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's second factor: the TOTP secret sealed under their password ({@link TotpSecretBox}), whether
 * it is confirmed (required at login from then on), and the last step used (a code works only once).
 */
@Entity
@Table(name = "user_totp")
public class TotpEnrolment extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    @Column(name = "sealed_secret", nullable = false, length = 200)
    private String sealedSecret;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected TotpEnrolment() {
    }

    public TotpEnrolment(AppUser user, String sealedSecret, Instant enrolledAt) {
        this.user = user;
        this.sealedSecret = sealedSecret;
        this.enrolledAt = enrolledAt;
    }

    public AppUser getUser() {
        return user;
    }

    public String getSealedSecret() {
        return sealedSecret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public long getLastStep() {
        return lastStep;
    }

    void reseal(String sealed) {
        this.sealedSecret = sealed;
    }

    void confirm(long step) {
        enabled = true;
        lastStep = step;
    }

    /** Records the step of an accepted code; false if it is not newer than the last (a replay). */
    boolean use(long step) {
        if (step <= lastStep) {
            return false;
        }
        lastStep = step;
        return true;
    }
}

package cn.projectdesk.core.security;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.org.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
public class AppUser extends SyncableEntity {
    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "role_id", nullable = false)
    private Role role;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, OrgUnit orgUnit, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.orgUnit = orgUnit;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setOrgUnit(OrgUnit orgUnit) {
        this.orgUnit = orgUnit;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void recordFailedLogin(int maxAttempts, Instant now, java.time.Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }
}

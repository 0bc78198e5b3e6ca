package cn.projectdesk.core.report;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Base64;

/**
 * A user's scanned signature (PNG), printed beside their name on forms they decided. Kept as Base64
 * text so that the change log, which records field values as JSON text, carries it like any field.
 */
@Entity
@Table(name = "user_signature")
public class UserSignature extends SyncableEntity {
    public static final int MAX_PNG_BYTES = 100 * 1024;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    @Column(name = "image_png", nullable = false, length = 140000)
    private String imagePng;

    protected UserSignature() {
    }

    public UserSignature(AppUser user, byte[] png) {
        this.user = user;
        setPng(png);
    }

    public AppUser getUser() {
        return user;
    }

    public byte[] getPng() {
        return Base64.getDecoder().decode(imagePng);
    }

    public void setPng(byte[] png) {
        this.imagePng = Base64.getEncoder().encodeToString(png);
    }
}

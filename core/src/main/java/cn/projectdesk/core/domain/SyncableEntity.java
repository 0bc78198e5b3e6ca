package cn.projectdesk.core.domain;

import cn.projectdesk.core.clock.TimeOrderedUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * Base of every row that is synchronised between offices. The id is generated on the client; hlc,
 * origin node and updatedBy are stamped by the change capture on every write, never by hand; a delete
 * only sets the tombstone so that the deletion itself can travel to headquarters.
 */
@MappedSuperclass
public abstract class SyncableEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = TimeOrderedUuid.next();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "hlc", nullable = false)
    private long hlc;

    @Column(name = "origin_node", nullable = false, length = 64)
    private String originNode = "";

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy = "";

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getHlc() {
        return hlc;
    }

    public String getOriginNode() {
        return originNode;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void markDeleted() {
        this.deleted = true;
    }

    public void restore() {
        this.deleted = false;
    }

    /**
     * Called only by the change capture while it flushes this row; application code never stamps
     * rows itself, so the stamp always agrees with the change-log row written in the same transaction.
     */
    public void applyChangeStamp(long hlc, String originNode, String updatedBy) {
        this.hlc = hlc;
        this.originNode = originNode;
        this.updatedBy = updatedBy;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof SyncableEntity other && getClass() == other.getClass() && id.equals(other.id);
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }

    /** Property names the change capture stamps itself (kept in sync with the fields above). */
    public static final String HLC = "hlc";
    public static final String ORIGIN_NODE = "originNode";
    public static final String UPDATED_BY = "updatedBy";
    public static final String DELETED = "deleted";
    public static final String VERSION = "version";
}

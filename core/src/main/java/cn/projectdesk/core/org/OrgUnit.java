package cn.projectdesk.core.org;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A node of the organisation tree. The materialised path ("/root-id/child-id/") makes "this unit and
 * everything below it" a single LIKE query, which is what every permission scope check asks.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends SyncableEntity {
    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private OrgUnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "path", nullable = false, length = 1000)
    private String path;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, OrgUnitKind kind, OrgUnit parent, int sortOrder) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.sortOrder = sortOrder;
        this.path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isWithin(String ancestorPath) {
        return path.startsWith(ancestorPath);
    }

    /**
     * Puts the unit under another parent, last among its children. The caller rebases the descendants'
     * paths (they start with this unit's old path) in the same transaction.
     */
    void moveUnder(OrgUnit newParent, int newSortOrder) {
        this.parent = newParent;
        this.sortOrder = newSortOrder;
        this.path = newParent.getPath() + getId() + "/";
    }

    /** A descendant's path after its ancestor moved: the old prefix swapped for the new one. */
    void rebase(String oldPrefix, String newPrefix) {
        this.path = newPrefix + path.substring(oldPrefix.length());
    }

    /** The bureau or field office whose code prefixes this unit's project numbers. */
    public OrgUnit office() {
        OrgUnit unit = this;
        while (!unit.getKind().isOffice() && unit.getParent() != null) {
            unit = unit.getParent();
        }
        return unit;
    }
}

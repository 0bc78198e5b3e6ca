package cn.projectdesk.core.acceptance;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An expert of the expert library (专家库): name, field of expertise, organisation (for conflict checks), title. */
@Entity
@Table(name = "expert")
public class Expert extends SyncableEntity {
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "field", nullable = false, length = 100)
    private String field;

    @Column(name = "organisation", nullable = false, length = 200)
    private String organisation;

    @Column(name = "title", length = 100)
    private String title;

    protected Expert() {
    }

    public Expert(String name, String field, String organisation, String title) {
        this.name = name;
        this.field = field;
        this.organisation = organisation;
        this.title = title;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public ExpertRow toRow() {
        return new ExpertRow(getId(), name, field, organisation, title);
    }
}

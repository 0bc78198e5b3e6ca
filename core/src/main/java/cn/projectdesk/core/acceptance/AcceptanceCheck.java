package cn.projectdesk.core.acceptance;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One checklist item of an acceptance (e.g. 建设内容完成情况), with its result and note. */
@Entity
@Table(name = "acceptance_check")
public class AcceptanceCheck extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "acceptance_id", nullable = false, updatable = false)
    private Acceptance acceptance;

    @Column(name = "item_order", nullable = false)
    private int itemOrder;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 16)
    private CheckResult result = CheckResult.PENDING;

    @Column(name = "note", length = 1000)
    private String note;

    protected AcceptanceCheck() {
    }

    public AcceptanceCheck(Acceptance acceptance, int itemOrder, String description) {
        this.acceptance = acceptance;
        this.itemOrder = itemOrder;
        this.description = description;
    }

    public Acceptance getAcceptance() {
        return acceptance;
    }

    public int getItemOrder() {
        return itemOrder;
    }

    public String getDescription() {
        return description;
    }

    public CheckResult getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    public void record(CheckResult result, String note) {
        this.result = result;
        this.note = note;
    }
}

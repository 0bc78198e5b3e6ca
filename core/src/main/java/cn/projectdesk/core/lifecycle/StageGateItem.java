package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.LifecycleStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An administrator's checklist item for leaving a stage (replaces the stage's built-in defaults). */
@Entity
@Table(name = "stage_gate_item")
public class StageGateItem extends SyncableEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 32)
    private LifecycleStage stage;

    @Column(name = "item_order", nullable = false)
    private int itemOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private GateItemKind kind;

    @Column(name = "ref_code", nullable = false, length = 64)
    private String refCode;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    protected StageGateItem() {
    }

    public StageGateItem(LifecycleStage stage, int order, GateItemDefinition item) {
        this.stage = stage;
        this.itemOrder = order;
        this.kind = item.kind();
        this.refCode = item.refCode();
        this.label = item.label();
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public int getOrder() {
        return itemOrder;
    }

    public GateItemDefinition definition() {
        return new GateItemDefinition(kind, refCode, label);
    }
}

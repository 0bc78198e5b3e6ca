package cn.projectdesk.core.budget;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One administrator entry of a code list: overrides or extends the shipped list (a name change, a new code, a code switched off). */
@Entity
@Table(name = "budget_code")
public class BudgetCode extends SyncableEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "list_kind", nullable = false, length = 32)
    private CodeListKind kind;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active;

    public BudgetCode() {
    }

    public CodeListKind getKind() {
        return kind;
    }

    public void setKind(CodeListKind kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

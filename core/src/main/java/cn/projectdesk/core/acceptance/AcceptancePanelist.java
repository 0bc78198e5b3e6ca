package cn.projectdesk.core.acceptance;

import cn.projectdesk.core.domain.SyncableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An expert on an acceptance panel with their opinion and score (0-100). */
@Entity
@Table(name = "acceptance_panelist")
public class AcceptancePanelist extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "acceptance_id", nullable = false, updatable = false)
    private Acceptance acceptance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_id", nullable = false, updatable = false)
    private Expert expert;

    @Column(name = "opinion", length = 2000)
    private String opinion;

    @Column(name = "score", precision = 5, scale = 2)
    private BigDecimal score;

    protected AcceptancePanelist() {
    }

    public AcceptancePanelist(Acceptance acceptance, Expert expert) {
        this.acceptance = acceptance;
        this.expert = expert;
    }

    public Acceptance getAcceptance() {
        return acceptance;
    }

    public Expert getExpert() {
        return expert;
    }

    public String getOpinion() {
        return opinion;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void record(String opinion, BigDecimal score) {
        this.opinion = opinion;
        this.score = score;
    }
}

package cn.projectdesk.core.report;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.workflow.ApprovalRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One printed (or exported) approval form: its verification code, the digest of what it showed, and
 * the audit chain's head when it was printed. Append-only; synced, so headquarters can check a form
 * printed at a field office.
 */
@Entity
@Table(name = "form_print")
public class FormPrint extends SyncableEntity {
    @Column(name = "code", nullable = false, unique = true, length = 16, updatable = false)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ApprovalRequest request;

    @Column(name = "content_digest", nullable = false, length = 64, updatable = false)
    private String contentDigest;

    @Column(name = "audit_seq", nullable = false, updatable = false)
    private long auditSeq;

    @Column(name = "audit_hash", nullable = false, length = 64, updatable = false)
    private String auditHash;

    @Column(name = "printed_by", nullable = false, length = 64, updatable = false)
    private String printedBy;

    @Column(name = "printed_at", nullable = false, updatable = false)
    private Instant printedAt;

    @Column(name = "pages", nullable = false, updatable = false)
    private int pages;

    /** How many actions the request had when printed (to say how much happened since). */
    @Column(name = "action_count", nullable = false, updatable = false)
    private int actionCount;

    protected FormPrint() {
    }

    public FormPrint(String code, ApprovalRequest request, String contentDigest, long auditSeq, String auditHash,
                     String printedBy, Instant printedAt, int pages, int actionCount) {
        this.code = code;
        this.request = request;
        this.contentDigest = contentDigest;
        this.auditSeq = auditSeq;
        this.auditHash = auditHash;
        this.printedBy = printedBy;
        this.printedAt = printedAt;
        this.pages = pages;
        this.actionCount = actionCount;
    }

    public String getCode() {
        return code;
    }

    public ApprovalRequest getRequest() {
        return request;
    }

    public String getContentDigest() {
        return contentDigest;
    }

    public long getAuditSeq() {
        return auditSeq;
    }

    public String getAuditHash() {
        return auditHash;
    }

    public String getPrintedBy() {
        return printedBy;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }

    public int getPages() {
        return pages;
    }

    public int getActionCount() {
        return actionCount;
    }
}

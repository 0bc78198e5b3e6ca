package cn.projectdesk.core.archive;

import cn.projectdesk.core.domain.SyncableEntity;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of an archive document; versions share the number, the newest is current. */
@Entity
@Table(name = "archive_document")
public class ArchiveDocument extends SyncableEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 32)
    private LifecycleStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 32)
    private DocumentType type;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "doc_number", nullable = false, length = 120)
    private String number;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "current_version", nullable = false)
    private boolean current;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_level", nullable = false, length = 16)
    private AccessLevel access;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    public ArchiveDocument() {
    }

    public Project getProject() { return project; }
    public void setProject(Project project) { this.project = project; }
    public LifecycleStage getStage() { return stage; }
    public void setStage(LifecycleStage stage) { this.stage = stage; }
    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public int getSeq() { return seq; }
    public void setSeq(int seq) { this.seq = seq; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public int getVersionNo() { return versionNo; }
    public void setVersionNo(int versionNo) { this.versionNo = versionNo; }
    public boolean isCurrent() { return current; }
    public void setCurrent(boolean current) { this.current = current; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getContentSha256() { return contentSha256; }
    public void setContentSha256(String contentSha256) { this.contentSha256 = contentSha256; }
    public long getSizeBytes() { return sizeBytes; }
    public void setSizeBytes(long sizeBytes) { this.sizeBytes = sizeBytes; }
    public AccessLevel getAccess() { return access; }
    public void setAccess(AccessLevel access) { this.access = access; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getUploadedBy() { return uploadedBy; }
    public void setUploadedBy(String uploadedBy) { this.uploadedBy = uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public void setUploadedAt(Instant uploadedAt) { this.uploadedAt = uploadedAt; }
}

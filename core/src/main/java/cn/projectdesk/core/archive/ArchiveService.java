package cn.projectdesk.core.archive;

import cn.projectdesk.core.domain.NotFoundException;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The archive (档案): documents filed against a project, stage and type, numbered, stored by content
 * hash, versioned, visible by role, searchable by number, title, file name and notes. Filing needs
 * project or budget editing rights in the project's scope; reading needs the project in scope and,
 * for restricted documents, a deciding or checking role (or having filed it).
 */
public final class ArchiveService {
    public static final String MAX_SIZE_SETTING = "archive.maxFileMb";
    public static final int DEFAULT_MAX_MB = 50;

    private final Database database;
    private final ContentStore store;
    private final Clock clock;

    public ArchiveService(Database database, Clock clock) {
        this.database = database;
        this.store = new ContentStore(database.folder());
        this.clock = clock;
    }

    public long maxBytes() {
        return database.settings().get(MAX_SIZE_SETTING).map(Long::parseLong).orElse((long) DEFAULT_MAX_MB) * 1024 * 1024;
    }

    public void setMaxFileMb(UserSession user, int megabytes) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        if (megabytes < 1 || megabytes > 2048) {
            throw ValidationException.of("maxFileMb", "validation.archive.maxSize");
        }
        database.settings().put(MAX_SIZE_SETTING, Integer.toString(megabytes));
    }

    /** Files a new document (version 1 under the next number for its project, stage and type). */
    public ArchiveDocumentRow add(UserSession user, UUID projectId, ArchiveDraft draft, InputStream content) {
        requireFiling(user);
        check(draft);
        // refuse before the content is copied in, so an out-of-scope attempt leaves no file behind
        database.read(s -> {
            requireFilingInScope(user, ArchiveAccess.project(s, user, projectId, Permission.PROJECT_VIEW));
            return null;
        });
        ContentStore.Stored stored = storeContent(content);
        return database.inTransaction(user.username(), s -> {
            Project project = ArchiveAccess.project(s, user, projectId, Permission.PROJECT_VIEW);
            requireFilingInScope(user, project);
            Integer last = s.createSelectionQuery("select max(seq) from ArchiveDocument where project = :p and stage = :st "
                            + "and type = :t", Integer.class).setParameter("p", project).setParameter("st", draft.stage())
                    .setParameter("t", draft.type()).getSingleResult();
            int seq = last == null ? 1 : last + 1;
            ArchiveDocument d = new ArchiveDocument();
            d.setProject(project);
            d.setStage(draft.stage());
            d.setType(draft.type());
            d.setSeq(seq);
            d.setNumber(ArchiveNumber.of(project.getCode(), draft.stage(), draft.type(), seq));
            d.setVersionNo(1);
            d.setTitle(draft.title().strip());
            d.setAccess(draft.access() == null ? AccessLevel.PROJECT : draft.access());
            fill(d, user, draft.fileName(), stored, draft.notes());
            s.persist(d);
            return toRow(d);
        });
    }

    /** Files a new version of a document: same number, next version; the previous one stays in the history. */
    public ArchiveDocumentRow addVersion(UserSession user, UUID documentId, String fileName, String notes, InputStream content) {
        requireFiling(user);
        Map<String, String> errors = new LinkedHashMap<>();
        FileNameCheck.problem(fileName).ifPresent(k -> errors.put("fileName", k));
        if (notes != null && notes.length() > 4000) {
            errors.put("notes", "validation.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        database.read(s -> {
            requireFilingInScope(user, ArchiveAccess.document(s, user, documentId).getProject());
            return null;
        });
        ContentStore.Stored stored = storeContent(content);
        return database.inTransaction(user.username(), s -> {
            ArchiveDocument previous = ArchiveAccess.document(s, user, documentId);
            requireFilingInScope(user, previous.getProject());
            ArchiveDocument current = s.createSelectionQuery("from ArchiveDocument where number = :n and current = true "
                    + "and deleted = false", ArchiveDocument.class).setParameter("n", previous.getNumber()).getSingleResult();
            current.setCurrent(false);
            ArchiveDocument d = new ArchiveDocument();
            d.setProject(current.getProject());
            d.setStage(current.getStage());
            d.setType(current.getType());
            d.setSeq(current.getSeq());
            d.setNumber(current.getNumber());
            d.setVersionNo(current.getVersionNo() + 1);
            d.setTitle(current.getTitle());
            d.setAccess(current.getAccess());
            fill(d, user, fileName, stored, notes);
            s.persist(d);
            return toRow(d);
        });
    }

    /** The current version of each document of the project that the user may see, by number. */
    public List<ArchiveDocumentRow> list(UserSession user, UUID projectId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            Project p = ArchiveAccess.project(s, user, projectId, Permission.PROJECT_VIEW);
            return s.createSelectionQuery("from ArchiveDocument where project = :p and current = true and deleted = false "
                            + "order by number", ArchiveDocument.class).setParameter("p", p).getResultList().stream()
                    .filter(d -> ArchiveAccess.maySee(user, d)).map(ArchiveService::toRow).toList();
        });
    }

    /** Every version of the document's number, oldest first. */
    public List<ArchiveDocumentRow> history(UserSession user, UUID documentId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> {
            ArchiveDocument d = ArchiveAccess.document(s, user, documentId);
            return s.createSelectionQuery("from ArchiveDocument where number = :n and deleted = false order by versionNo",
                    ArchiveDocument.class).setParameter("n", d.getNumber()).getResultList().stream()
                    .map(ArchiveService::toRow).toList();
        });
    }

    /**
     * Current documents in every project the user may see whose number, title, file name or notes
     * contain the text (case-insensitive), newest first, at most 500.
     */
    public List<ArchiveDocumentRow> search(UserSession user, String text) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        String needle = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return database.read(s -> s.createSelectionQuery("select d from ArchiveDocument d join fetch d.project p "
                        + "join p.department dep where d.current = true and d.deleted = false and p.deleted = false "
                        + "and dep.path like :path and (lower(d.number) like :q escape '\\' or lower(d.title) like :q escape '\\' "
                        + "or lower(d.fileName) like :q escape '\\' or lower(coalesce(d.notes, '')) like :q escape '\\') "
                        + "order by d.uploadedAt desc", ArchiveDocument.class)
                .setParameter("path", user.orgPath() + "%").setParameter("q", needle).setMaxResults(500)
                .getResultList().stream().filter(d -> ArchiveAccess.maySee(user, d)).map(ArchiveService::toRow).toList());
    }

    /** The stored content of one version (the caller closes the stream). */
    public InputStream open(UserSession user, UUID documentId) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        String sha = database.read(s -> ArchiveAccess.document(s, user, documentId).getContentSha256());
        return store.open(sha);
    }

    /**
     * Whether the project has a current document of the type filed in the stage: the lifecycle gate
     * asks this before a project may leave a stage. Only the project's scope is checked: a gate must
     * see restricted documents too.
     */
    public boolean hasDocument(UserSession user, UUID projectId, LifecycleStage stage, DocumentType type) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> hasDocument(s, ArchiveAccess.project(s, user, projectId, Permission.PROJECT_VIEW), stage, type));
    }

    /** The same question inside a caller's session (for services that decide in their own transaction). */
    public static boolean hasDocument(Session s, Project project, LifecycleStage stage, DocumentType type) {
        return s.createSelectionQuery("select count(*) from ArchiveDocument where project = :p and stage = :st and type = :t "
                        + "and current = true and deleted = false", Long.class)
                .setParameter("p", project).setParameter("st", stage).setParameter("t", type).getSingleResult() > 0;
    }

    /** The project's whole archive as a zip with index.xlsx (see {@link ArchiveExport}); returns the versions written. */
    public int exportTo(UserSession user, UUID projectId, java.io.OutputStream zip) {
        return new ArchiveExport(this).export(user, projectId, zip);
    }

    ContentStore store() {
        return store;
    }

    Database database() {
        return database;
    }

    private ContentStore.Stored storeContent(InputStream content) {
        try {
            ContentStore.Stored stored = store.put(content, maxBytes());
            if (stored.sha256() == null) {
                throw ValidationException.of("file", "validation.archive.tooLarge");
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("the file could not be stored: " + e.getMessage(), e);
        }
    }

    private void fill(ArchiveDocument d, UserSession user, String fileName, ContentStore.Stored stored, String notes) {
        d.setCurrent(true);
        d.setFileName(fileName);
        d.setContentSha256(stored.sha256());
        d.setSizeBytes(stored.bytes());
        d.setNotes(notes == null || notes.isBlank() ? null : notes.strip());
        d.setUploadedBy(user.username());
        d.setUploadedAt(clock.instant());
    }

    private static void check(ArchiveDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.stage() == null) {
            errors.put("stage", "validation.required");
        }
        if (d.type() == null) {
            errors.put("type", "validation.required");
        }
        if (d.title() == null || d.title().isBlank()) {
            errors.put("title", "validation.required");
        } else if (d.title().strip().length() > 300) {
            errors.put("title", "validation.text.tooLong");
        }
        FileNameCheck.problem(d.fileName()).ifPresent(k -> errors.put("fileName", k));
        if (d.notes() != null && d.notes().length() > 4000) {
            errors.put("notes", "validation.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void requireFiling(UserSession user) {
        if (user == null || !(user.has(Permission.PROJECT_EDIT) || user.has(Permission.BUDGET_EDIT))) {
            throw new AccessDeniedException(user == null ? "(nobody)" : user.username(), Permission.PROJECT_EDIT, "archive");
        }
    }

    private static void requireFilingInScope(UserSession user, Project p) {
        Permission permission = user.has(Permission.PROJECT_EDIT) ? Permission.PROJECT_EDIT : Permission.BUDGET_EDIT;
        AccessPolicy.requireInScope(user, permission, p.getDepartment().getPath(), p.getCode());
    }

    static ArchiveDocumentRow toRow(ArchiveDocument d) {
        return new ArchiveDocumentRow(d.getId(), d.getProject().getId(), d.getProject().getCode(), d.getNumber(), d.getStage(),
                d.getType(), d.getVersionNo(), d.isCurrent(), d.getTitle(), d.getFileName(), d.getSizeBytes(),
                d.getContentSha256(), d.getAccess(), d.getNotes(), d.getUploadedBy(), d.getUploadedAt());
    }
}

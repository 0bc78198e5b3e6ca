package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.archive.DocumentType;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Answers whether a project holds a document of a type, for DOCUMENT checklist items. The archive
 * answers in the running application ({@link ArchiveEvidence}); {@link #NONE} knows no documents, so
 * such items are met only by a manual confirmation (who, when, with a note), which stays valid either way.
 */
public interface DocumentEvidence {
    /** A short description of the document found (e.g. its number), or empty. */
    Optional<String> find(Session session, UUID projectId, String stage, String docType);

    /** The archive type that meets an item naming {@code docType}, so a missing item can say what to file. */
    default Optional<DocumentType> archiveType(String docType) {
        return Optional.empty();
    }

    DocumentEvidence NONE = (session, projectId, stage, docType) -> Optional.empty();
}

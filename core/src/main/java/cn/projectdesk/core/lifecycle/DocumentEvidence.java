package cn.projectdesk.core.lifecycle;

import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Answers whether a project holds a document of a type, for DOCUMENT checklist items. The archive
 * supplies the real one; until then {@link #NONE} knows no documents and such items are met by a
 * manual confirmation (who, when, with a note), which stays valid afterwards.
 */
@FunctionalInterface
public interface DocumentEvidence {
    /** A short description of the document found (e.g. its number), or empty. */
    Optional<String> find(Session session, UUID projectId, String stage, String docType);

    DocumentEvidence NONE = (session, projectId, stage, docType) -> Optional.empty();
}

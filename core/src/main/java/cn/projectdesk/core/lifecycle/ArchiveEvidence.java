package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.archive.ArchiveDocument;
import cn.projectdesk.core.archive.DocumentType;
import cn.projectdesk.core.project.LifecycleStage;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The archive answers DOCUMENT gate items: a current (not superseded, not deleted) archive document of
 * the item's type filed in the stage being left. The shipped checklists name their documents with
 * their own codes (kept, so confirmations made before the archive counted stay attached); an item an
 * administrator configures may name an archive type directly (e.g. {@code CONTRACT}).
 */
public final class ArchiveEvidence implements DocumentEvidence {
    private static final Map<String, DocumentType> SHIPPED_CODES = Map.of(
            "PROJECT_PROPOSAL_DOC", DocumentType.PROPOSAL,
            "FEASIBILITY_STUDY", DocumentType.FEASIBILITY,
            "APPROVAL_REPLY", DocumentType.APPROVAL,
            "TENDER_DOCUMENTS", DocumentType.PROCUREMENT,
            "BID_EVALUATION", DocumentType.BID_EVALUATION,
            "CONTRACT", DocumentType.CONTRACT,
            "COMPLETION_REPORT", DocumentType.COMPLETION,
            "ACCEPTANCE_REPORT", DocumentType.ACCEPTANCE,
            "SELF_EVALUATION", DocumentType.EVALUATION);

    @Override
    public Optional<String> find(Session session, UUID projectId, String stage, String docType) {
        Optional<DocumentType> type = archiveType(docType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return session.createSelectionQuery("from ArchiveDocument where project.id = :p and stage = :st and type = :t "
                        + "and current = true and deleted = false order by number", ArchiveDocument.class)
                .setParameter("p", projectId).setParameter("st", LifecycleStage.valueOf(stage))
                .setParameter("t", type.get()).setMaxResults(1).getResultList().stream()
                .findFirst().map(d -> d.getNumber() + " " + d.getTitle());
    }

    @Override
    public Optional<DocumentType> archiveType(String docType) {
        DocumentType shipped = SHIPPED_CODES.get(docType);
        if (shipped != null) {
            return Optional.of(shipped);
        }
        try {
            return Optional.of(DocumentType.valueOf(docType));
        } catch (IllegalArgumentException notAnArchiveType) {
            return Optional.empty();
        }
    }
}

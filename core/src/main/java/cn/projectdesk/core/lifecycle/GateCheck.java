package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.Project;
import cn.projectdesk.core.workflow.ApprovalEngine;
import cn.projectdesk.core.workflow.ApprovalRequest;
import cn.projectdesk.core.workflow.RequestStatus;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/** Evaluates the exit checklist of a project's current stage against approvals, documents and confirmations. */
final class GateCheck {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final DocumentEvidence documents;

    GateCheck(DocumentEvidence documents) {
        this.documents = documents;
    }

    /** The checklist for leaving {@code stage}: the administrator's rows if there are any, else the defaults. */
    static List<GateItemDefinition> checklist(Session s, LifecycleStage stage) {
        List<GateItemDefinition> configured = s.createSelectionQuery(
                        "from StageGateItem where stage = :st and deleted = false order by itemOrder", StageGateItem.class)
                .setParameter("st", stage).getResultList().stream().map(StageGateItem::definition).toList();
        return configured.isEmpty() ? DefaultGates.of(stage) : configured;
    }

    List<GateItemStatus> evaluate(Session s, Project project) {
        return evaluate(s, project, null);
    }

    /**
     * The checklist with {@code approving} counted as approved: an approval effect runs before its request
     * is closed, and must see the gate as it will be once the approval commits.
     */
    List<GateItemStatus> evaluate(Session s, Project project, ApprovalRequest approving) {
        LifecycleStage stage = project.getStage();
        Map<String, GateConfirmation> confirmations = s.createSelectionQuery(
                        "from GateConfirmation where project = :p and stage = :st and deleted = false order by confirmedAt",
                        GateConfirmation.class).setParameter("p", project).setParameter("st", stage).getResultList().stream()
                .collect(Collectors.toMap(GateConfirmation::getItemKey, Function.identity(), (a, b) -> b));
        List<ApprovalRequest> closed = s.createSelectionQuery(
                        "from ApprovalRequest where project = :p and status = :st and deleted = false order by closedAt",
                        ApprovalRequest.class).setParameter("p", project).setParameter("st", RequestStatus.APPROVED)
                .getResultList();
        List<ApprovalRequest> approved = approving == null ? closed
                : Stream.concat(closed.stream(), Stream.of(approving)).toList();
        return checklist(s, stage).stream().map(item -> {
            Optional<String> evidence = switch (item.kind()) {
                case APPROVAL -> approved.stream().filter(r -> r.getType().name().equals(item.refCode()))
                        .reduce((first, later) -> later)
                        .map(r -> r.getCode() + (r.getClosedAt() == null ? ""
                                : " " + DAY.format(r.getClosedAt().atZone(ApprovalEngine.ZONE))));
                case DOCUMENT -> documents.find(s, project.getId(), stage.name(), item.refCode())
                        .or(() -> confirmed(confirmations.get(item.key())));
                case MANUAL -> confirmed(confirmations.get(item.key()));
            };
            return new GateItemStatus(item.key(), item.kind(), item.refCode(), item.label(),
                    DefaultGates.labelKey(stage, item).orElse(null),
                    item.kind() == GateItemKind.DOCUMENT ? documents.archiveType(item.refCode()).orElse(null) : null,
                    evidence.isPresent(), evidence.orElse(null));
        }).toList();
    }

    private static Optional<String> confirmed(GateConfirmation c) {
        return Optional.ofNullable(c).map(x -> x.getConfirmedBy() + " " + DAY.format(x.getConfirmedAt().atZone(ApprovalEngine.ZONE))
                + "：" + x.getNote());
    }
}

package cn.projectdesk.core.acceptance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An acceptance with its checklist, panel (opinions, scores, average) and rectification items. */
public record AcceptanceView(UUID id, UUID projectId, String projectCode, AcceptanceKind kind, LocalDate plannedOn,
                             LocalDate heldOn, String supplierOrg, AcceptanceOutcome outcome, String conclusion,
                             BigDecimal averageScore, List<Check> checks, List<Panelist> panel,
                             List<RectificationRow> rectifications) {
    public record Check(UUID id, int order, String description, CheckResult result, String note) {
    }

    public record Panelist(UUID expertId, String name, String field, String organisation, String opinion, BigDecimal score) {
    }
}

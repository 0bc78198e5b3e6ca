package cn.projectdesk.core.lifecycle;

import cn.projectdesk.core.domain.ValidationException;
import java.util.List;
import java.util.Map;

/** Moving to the next stage was refused: these checklist items of the gate are not met. */
public final class GateNotMetException extends ValidationException {
    private final transient List<GateItemStatus> missing;

    public GateNotMetException(List<GateItemStatus> missing) {
        super(Map.of("stage", "validation.lifecycle.gateNotMet"));
        this.missing = List.copyOf(missing);
    }

    public List<GateItemStatus> missing() {
        return missing;
    }

    @Override
    public String getMessage() {
        return "stage gate not met, missing: " + missing.stream().map(GateItemStatus::label).toList();
    }
}

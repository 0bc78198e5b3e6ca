package cn.projectdesk.core.interop;

import java.util.List;
import java.util.UUID;

/**
 * What an MS Project import created. {@code datesAsInFile}: tasks whose start and finish day, as
 * rescheduled here, equal the days MS Project stored (out of {@code tasks}).
 */
public record MsProjectImportResult(UUID projectId, String code, String name, int tasks, int links, int baselines,
                                    int calendarExceptions, int datesAsInFile, List<String> warnings) {
    public MsProjectImportResult {
        warnings = List.copyOf(warnings);
    }
}

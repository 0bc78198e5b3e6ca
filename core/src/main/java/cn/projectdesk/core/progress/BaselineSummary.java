package cn.projectdesk.core.progress;

import java.time.LocalDate;
import java.util.UUID;

public record BaselineSummary(UUID id, String name, LocalDate savedOn, int tasks) {
}

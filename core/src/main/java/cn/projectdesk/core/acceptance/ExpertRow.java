package cn.projectdesk.core.acceptance;

import java.util.UUID;

public record ExpertRow(UUID id, String name, String field, String organisation, String title) {
}

package cn.projectdesk.core.workflow;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a requester fills in: type, project, title, content (申请内容), amount in yuan (drives amount
 * conditions; may be null) and effect data (what the effect needs, e.g. budget lines; may be null).
 */
public record RequestDraft(RequestType type, UUID projectId, String title, String content, BigDecimal amount,
                           String effectData) {
}

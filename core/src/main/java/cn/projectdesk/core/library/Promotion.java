package cn.projectdesk.core.library;

import java.util.UUID;

/** What promoting a candidate made: the project (at 立项) and its submitted 立项申请. */
public record Promotion(UUID projectId, String projectCode, UUID requestId, String requestCode) {
}

package cn.projectdesk.core.report;

import cn.projectdesk.core.workflow.ApprovalRequestView;
import cn.projectdesk.core.workflow.RouteStep;
import cn.projectdesk.core.workflow.TimelineEntry;
import java.util.List;
import java.util.Map;

/**
 * Everything one approval form shows, as plain data: the request, its project, its history (every
 * action, oldest first), the current route (to leave blank rows for steps still to come) and the
 * signature images (PNG) of the people who acted, by username.
 */
public record FormContent(ApprovalRequestView request, FormProject project, List<TimelineEntry> history,
                          List<RouteStep> route, Map<String, byte[]> signatures) {
    public FormContent {
        history = List.copyOf(history);
        route = List.copyOf(route);
        signatures = Map.copyOf(signatures);
    }
}

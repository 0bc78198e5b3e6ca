package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.sync.client.SyncStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The status bar's sync item: running, or the last sync's time and the pending change count, a warning
 * mark when the last attempt failed; a click opens the Sync screen.
 */
public final class SyncIndicator {
    private static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");
    private final Label label = new Label();

    public SyncIndicator(SyncAgent agent, Messages messages, Runnable open) {
        SyncTexts texts = new SyncTexts(messages);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        label.setId("status-sync");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setCursor(Cursor.HAND);
        label.getStyleClass().add("sync-indicator");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            SyncStatus s = agent.statusProperty().get();
            if (agent.runningProperty().get()) {
                return messages.get("status.sync.running");
            }
            if (s == null || !s.configured()) {
                return s != null && s.server() == null && s.lastSyncAt() != null
                        ? messages.format("status.sync.bundles", s.pendingChanges())
                        : messages.get("status.sync.notConfigured");
            }
            String last = s.lastSyncAt() == null ? messages.get("sync.never") : time.format(s.lastSyncAt());
            String text = messages.format("status.sync.summary", last, s.pendingChanges());
            SyncOutcome o = agent.outcomeProperty().get();
            return o != null && o.failed() ? "⚠ " + text : text;
        }, agent.statusProperty(), agent.runningProperty(), agent.outcomeProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> {
            SyncStatus s = agent.statusProperty().get();
            String auto = texts.everyMinutes(agent.everyMinutesProperty().get());
            String outcome = texts.outcome(agent.outcomeProperty().get());
            return messages.format("status.sync.tooltip", s == null ? "-" : texts.lastResult(s.lastResult()),
                    s == null ? 0 : s.openConflicts(), auto) + (outcome.isEmpty() ? "" : "\n" + outcome);
        }, agent.statusProperty(), agent.everyMinutesProperty(), agent.outcomeProperty()));
        label.setTooltip(tip);
        agent.outcomeProperty().addListener((o, old, now) -> label.pseudoClassStateChanged(TROUBLE, now != null && now.failed()));
        label.setOnMouseClicked(e -> open.run());
        agent.refreshStatus();
    }

    public Node node() {
        return label;
    }
}

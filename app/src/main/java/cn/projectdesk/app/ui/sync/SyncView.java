package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.common.ErrorMessages;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.sync.bundle.BundleRefusedException;
import cn.projectdesk.sync.client.DeviceCertificate;
import java.io.IOException;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * 同步: three tabs over one {@link SyncAgent} — connection and "sync now" with the automatic-sync
 * setting, the open conflicts with keep mine / keep theirs, and bundle files for air-gapped offices.
 */
public final class SyncView {
    private final Messages messages;
    private final SyncTexts texts;
    private final BorderPane root = new BorderPane();
    private final SyncViewModel model;
    private final ConflictsPane conflicts;
    private final TabPane tabs = new TabPane();
    private SyncFilePicker picker;

    public SyncView(AppContext context, UserSession user) {
        this.messages = context.messages();
        this.texts = new SyncTexts(messages);
        this.model = new SyncViewModel(context, user);
        this.picker = SyncFilePicker.native_(messages);
        this.conflicts = new ConflictsPane(new ConflictsModel(context, user), messages, this::fail);
        Label title = new Label(messages.get("sync.title"));
        title.getStyleClass().add("page-title");
        tabs.setId("sync-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("sync-tab-status", "sync.tab.status", new SyncStatusPane(model, texts, messages, () -> picker, this::fail,
                        conflicts::refresh).node()),
                tab("sync-tab-conflicts", "sync.tab.conflicts", conflicts.node()),
                tab("sync-tab-bundles", "sync.tab.bundles", new BundlePane(model, messages, () -> picker, this::fail).node()));
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() == 1) {
                conflicts.refresh();
            }
        });
        root.setTop(title);
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        root.setId("sync-page");
    }

    public Node node() {
        return root;
    }

    public void refresh() {
        model.refresh();
        conflicts.refresh();
    }

    /** Replaces the native file and folder choosers (tests). */
    public void setFilePicker(SyncFilePicker picker) {
        this.picker = picker;
    }

    /** Shows one tab: 0 status, 1 conflicts, 2 bundles. */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** One clear sentence for every way a sync action can fail, the technical reason under it. */
    void fail(Throwable failure) {
        String title = messages.get("sync.title");
        if (failure instanceof DeviceCertificate.InvalidException e) {
            Dialogs.showError(window(), messages, title, texts.certificateProblem(e) + "\n\n" + e.getMessage());
        } else if (failure instanceof BundleRefusedException e) {
            Dialogs.showError(window(), messages, messages.get("sync.bundle.refusedTitle"),
                    texts.refusal(BundleRefusal.of(e.getMessage())) + "\n\n" + messages.get("sync.bundle.nothingApplied")
                            + "\n\n" + e.getMessage());
        } else if (failure instanceof SyncAgent.BusyException) {
            Dialogs.showError(window(), messages, title, messages.get("sync.outcome.BUSY"));
        } else if (failure instanceof SyncViewModel.PasswordNeededException) {
            Dialogs.showError(window(), messages, title, messages.get("sync.passwordNeeded"));
        } else if (failure instanceof ValidationException) { // "keep mine" on a value another record now holds
            Dialogs.showError(window(), messages, messages.get("sync.conflicts.refusedTitle"),
                    new ErrorMessages(messages).describe(failure));
        } else if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            Dialogs.showError(window(), messages, title, messages.format("sync.invalid", failure.getMessage()));
        } else if (failure instanceof IOException || failure instanceof java.security.GeneralSecurityException) {
            Dialogs.showError(window(), messages, title, messages.format("sync.connectFailed", failure.getMessage() == null
                    ? failure.toString() : failure.getMessage()));
        } else {
            Dialogs.showFailure(window(), messages, title, failure);
        }
    }
}

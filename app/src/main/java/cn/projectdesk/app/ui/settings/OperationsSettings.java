package cn.projectdesk.app.ui.settings;

import cn.projectdesk.app.ui.common.AppContext;
import cn.projectdesk.app.ui.common.Dialogs;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.scheduled.BackupActivity;
import cn.projectdesk.core.backup.BackupService;
import cn.projectdesk.core.risk.RiskSettings;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * The administrator's operations settings: the warning thresholds (deviation points, overspend %,
 * due-in days, expiry days, Monte Carlo P(on time) %) and the scheduled backup (folder, optional
 * password for this session, interval, retention, back up now, last result).
 */
final class OperationsSettings {
    private final AppContext context;
    private final UserSession user;
    private final Messages messages;

    OperationsSettings(AppContext context, UserSession user) {
        this.context = context;
        this.user = user;
        this.messages = context.messages();
    }

    static boolean applies(UserSession user) {
        return user != null && user.has(Permission.ADMINISTER);
    }

    Node thresholds() {
        RiskSettings now = context.core().ops().warnings().settings();
        TextField deviation = number("settings.risk-deviation", now.deviationPoints());
        TextField overspend = number("settings.risk-overspend", now.overspendPercent());
        Spinner<Integer> dueDays = spinner("settings-risk-due-days", 0, 365, now.milestoneDueDays());
        Spinner<Integer> expiryDays = spinner("settings-risk-expiry-days", 0, 365, now.expiryDays());
        Spinner<Integer> onTime = spinner("settings-risk-on-time", 0, 100, now.onTimePercent());
        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, label("settings.risk.deviation"), deviation);
        grid.addRow(row++, label("settings.risk.overspend"), overspend);
        grid.addRow(row++, label("settings.risk.dueDays"), dueDays);
        grid.addRow(row++, label("settings.risk.expiryDays"), expiryDays);
        grid.addRow(row, label("settings.risk.onTime"), onTime);
        Label saved = hint("");
        saved.setId("settings-risk-saved");
        Button save = new Button(messages.get("settings.risk.save"));
        save.setId("settings-risk-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> {
            Optional<BigDecimal> dev = decimal(deviation.getText());
            Optional<BigDecimal> over = decimal(overspend.getText());
            if (dev.isEmpty() || over.isEmpty()) {
                Dialogs.showError(window(), messages, messages.get("settings.risk.title"),
                        messages.get("settings.risk.notANumber"));
                return;
            }
            RiskSettings wanted = new RiskSettings(dev.get(), over.get(), dueDays.getValue(), expiryDays.getValue(),
                    onTime.getValue());
            context.runner().run(() -> {
                context.core().ops().warnings().setThresholds(user, wanted);
                return wanted;
            }, done -> saved.setText(messages.get("settings.risk.saved")),
                    failure -> Dialogs.showFailure(window(), messages, messages.get("settings.risk.title"), failure));
        });
        HBox actions = new HBox(10, save, saved);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, grid, hint(messages.get("settings.risk.hint")), actions);
    }

    Node backup() {
        BackupService backups = context.core().ops().backups();
        BackupService.BackupSchedule schedule = backups.schedule();
        BackupActivity activity = context.backupActivity();
        TextField folder = new TextField(schedule.folder() == null ? "" : schedule.folder().toString());
        folder.setId("settings-backup-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button(messages.get("settings.backup.browse"));
        browse.setId("settings-backup-browse");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("settings.backup.folder"));
            java.io.File chosen = chooser.showDialog(window());
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        });
        HBox folderRow = new HBox(8, folder, browse);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        PasswordField password = new PasswordField();
        password.setId("settings-backup-password");
        password.setPromptText(messages.get(activity.hasPassword() ? "settings.backup.passwordSet" : "settings.backup.passwordNone"));
        Spinner<Integer> interval = spinner("settings-backup-interval", 0, 24 * 31, schedule.intervalHours());
        Spinner<Integer> retention = spinner("settings-backup-retention", 1, 1000, schedule.retention());
        GridPane grid = grid();
        grid.addRow(0, label("settings.backup.folder"), folderRow);
        grid.addRow(1, label("settings.backup.password"), password);
        grid.addRow(2, label("settings.backup.interval"), interval);
        grid.addRow(3, label("settings.backup.retention"), retention);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);

        Label saved = hint("");
        saved.setId("settings-backup-saved");
        Button save = new Button(messages.get("settings.backup.save"));
        save.setId("settings-backup-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> {
            Path target = folder.getText().isBlank() ? null : Path.of(folder.getText().strip());
            char[] typed = password.getText().toCharArray();
            context.runner().run(() -> {
                backups.setSchedule(user, target, interval.getValue(), retention.getValue());
                return target;
            }, done -> {
                if (typed.length > 0) {
                    activity.setPassword(typed);
                }
                java.util.Arrays.fill(typed, '\0');
                password.clear();
                password.setPromptText(messages.get(activity.hasPassword() ? "settings.backup.passwordSet"
                        : "settings.backup.passwordNone"));
                saved.setText(messages.get("settings.backup.saved"));
            }, failure -> Dialogs.showFailure(window(), messages, messages.get("settings.backup.title"), failure));
        });
        Button forget = new Button(messages.get("settings.backup.forgetPassword"));
        forget.setId("settings-backup-forget");
        forget.setOnAction(e -> {
            activity.setPassword(null);
            password.setPromptText(messages.get("settings.backup.passwordNone"));
        });
        Button now = new Button(messages.get("settings.backup.now"));
        now.setId("settings-backup-now");
        now.disableProperty().bind(activity.running());
        now.setOnAction(e -> {
            if (folder.getText().isBlank()) {
                Dialogs.showError(window(), messages, messages.get("settings.backup.title"),
                        messages.get("settings.backup.noFolder"));
                return;
            }
            Path target = Path.of(folder.getText().strip());
            char[] typed = password.getText().isEmpty() ? activity.password() : password.getText().toCharArray();
            activity.run(context.runner(), context::messages, () -> {
                try {
                    return Optional.of(backups.backup(user, target, typed));
                } finally {
                    if (typed != null) {
                        java.util.Arrays.fill(typed, '\0');
                    }
                }
            }, r -> { }, failure -> Dialogs.showFailure(window(), messages, messages.get("settings.backup.title"), failure));
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("settings-backup-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(activity.running());
        progress.managedProperty().bind(activity.running());
        Label last = new Label();
        last.setId("settings-backup-last");
        last.setWrapText(true);
        last.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> activity.running().get()
                ? messages.get("settings.backup.running") : activity.describeLast(messages).isEmpty()
                ? lastRun(schedule) : activity.describeLast(messages), activity.running(), activity.last()));
        HBox actions = new HBox(10, save, forget, now, progress, saved);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, grid, hint(messages.get("settings.backup.hint")), actions, last);
    }

    private String lastRun(BackupService.BackupSchedule schedule) {
        return schedule.lastRun() == null ? messages.get("settings.backup.never")
                : messages.format("settings.backup.lastRun", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault()).format(schedule.lastRun()));
    }

    private javafx.stage.Window window() {
        return cn.projectdesk.app.ui.common.DesktopNotices.anyShowingWindow();
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException | NullPointerException notANumber) {
            return Optional.empty();
        }
    }

    private TextField number(String id, BigDecimal value) {
        TextField field = new TextField(value.stripTrailingZeros().toPlainString());
        field.setId(id.replace('.', '-'));
        field.setPrefWidth(110);
        return field;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        return label;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }
}

package cn.projectdesk.app.ui.common;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notices (new warnings, a failed scheduled backup): a ControlsFX notice in the window (always),
 * and a system-tray balloon where the desktop has a tray (Windows, most Linux desktops) so it is seen
 * while the window is in the background. The tray is never touched headless or where AWT cannot start.
 */
public final class DesktopNotices {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotices.class);

    private final Supplier<Window> window;
    private TrayIcon trayIcon;
    private String last;

    /** {@code window} gives the window to show in-window notices over (null: tray only). */
    public DesktopNotices(Supplier<Window> window) {
        this.window = window;
    }

    /** The first showing window of the application. */
    public static Window anyShowingWindow() {
        return Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
    }

    /** Shows a notice; call on the FX thread. */
    public void show(String title, String text) {
        Window owner = window.get();
        if (owner != null && owner.isShowing()) {
            Notifications.create().title(title).text(text).owner(owner).hideAfter(Duration.seconds(8)).showWarning();
        }
        tray(title, text);
        last = title + ": " + text;
    }

    /** The last notice shown ("title: text"), or null (the status line and tests read it). */
    public String last() {
        return last;
    }

    private void tray(String title, String text) {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            if (!SystemTray.isSupported()) {
                return;
            }
            if (trayIcon == null) {
                BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
                java.awt.Graphics2D g = image.createGraphics();
                g.setColor(new java.awt.Color(0xC0, 0x39, 0x2B));
                g.fillOval(1, 1, 14, 14);
                g.dispose();
                trayIcon = new TrayIcon(image, title);
                trayIcon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(trayIcon);
            }
            trayIcon.displayMessage(title, text, TrayIcon.MessageType.WARNING);
        } catch (Exception | LinkageError unavailable) {
            // a desktop without a tray (or a broken AWT) still has the in-window notice
            LOG.debug("System tray notice not shown: {}", unavailable.toString());
        }
    }

    /** Removes the tray icon (sign-out, exit). */
    public void dispose() {
        if (trayIcon != null) {
            try {
                SystemTray.getSystemTray().remove(trayIcon);
            } catch (Exception | LinkageError ignored) {
                // the tray went away with the desktop session
            }
            trayIcon = null;
        }
    }
}

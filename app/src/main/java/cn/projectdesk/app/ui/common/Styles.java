package cn.projectdesk.app.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;

/** The app's stylesheet and a font that has Chinese glyphs on every platform we ship to. */
public final class Styles {
    private static final String STYLESHEET = Objects.requireNonNull(
            Styles.class.getResource("/cn/projectdesk/app/ui/projectdesk.css"), "projectdesk.css").toExternalForm();
    /** Windows, macOS, then the usual Linux CJK fonts; the first one installed wins. */
    private static final List<String> PREFERRED_FAMILIES = List.of("Microsoft YaHei UI", "Microsoft YaHei",
            "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback");
    private static String family;

    private Styles() {
    }

    /** Call again after replacing the scene's root: the new root needs the font too. */
    public static void install(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        style(scene.getRoot());
    }

    public static void install(DialogPane pane) {
        pane.getStylesheets().add(STYLESHEET);
        style(pane);
    }

    private static void style(Parent root) {
        String chosen = fontFamily();
        if (chosen != null && !root.getStyle().contains("-fx-font-family")) {
            // CSS font-family takes one family only, so the fallback list is resolved here.
            root.setStyle("-fx-font-family: \"" + chosen + "\";" + root.getStyle());
        }
    }

    static synchronized String fontFamily() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = PREFERRED_FAMILIES.stream().filter(installed::contains).findFirst().orElse("");
        }
        return family.isEmpty() ? null : family;
    }
}

package cn.projectdesk.app.ui.msproject;

import cn.projectdesk.app.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks which MS Project file to import; tests replace the native chooser, which headless runs cannot show. */
@FunctionalInterface
public interface ProjectFilePicker {
    Optional<Path> choose(Window owner);

    static ProjectFilePicker fileChooser(Messages messages) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("msproject.import.choose"));
            chooser.getExtensionFilters().setAll(
                    new FileChooser.ExtensionFilter(messages.get("msproject.import.filter"), "*.mpp", "*.xml", "*.MPP", "*.XML"),
                    new FileChooser.ExtensionFilter(messages.get("msproject.import.allFiles"), "*.*"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}

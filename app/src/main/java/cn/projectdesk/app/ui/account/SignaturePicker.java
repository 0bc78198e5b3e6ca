package cn.projectdesk.app.ui.account;

import cn.projectdesk.app.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Chooses the signature image file; the system file chooser, replaced in tests. */
@FunctionalInterface
public interface SignaturePicker {
    Optional<Path> choose(Window owner);

    static SignaturePicker fileChooser(Messages messages) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("account.signature.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("account.signature.filter"),
                    "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}

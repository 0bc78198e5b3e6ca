package cn.projectdesk.app.ui.sync;

import cn.projectdesk.app.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native choosers of the Sync screen; headless tests replace them. */
public interface SyncFilePicker {
    Optional<Path> certificate(Window owner);

    /** Where to write a bundle: a folder, e.g. a USB drive (the file name is proposed). */
    Optional<Path> folder(Window owner);

    Optional<Path> reply(Window owner);

    static SyncFilePicker native_(Messages messages) {
        return new SyncFilePicker() {
            @Override
            public Optional<Path> certificate(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("sync.cert.choose"));
                chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(messages.get("sync.cert.filter"),
                        "*.p12", "*.pfx", "*.P12", "*.PFX"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> folder(Window owner) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(messages.get("sync.bundle.chooseFolder"));
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> reply(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("sync.bundle.chooseReply"));
                chooser.getExtensionFilters().setAll(
                        new FileChooser.ExtensionFilter(messages.get("sync.bundle.filter"), "*" + BundleNames.EXTENSION, "*.sqlite"),
                        new FileChooser.ExtensionFilter(messages.get("sync.bundle.allFiles"), "*.*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }
        };
    }
}

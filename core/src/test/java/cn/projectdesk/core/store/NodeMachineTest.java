package cn.projectdesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 32: the node id is bound to the installation as well as the folder, so a data folder copied to
 * another PC at the same path takes a new node id; two "PCs" here are two installation-id files.
 */
class NodeMachineTest {
    @TempDir
    Path dir;

    @Test
    void theSameFolderOnTheSameMachineKeepsItsNodeId() {
        InstallationId machine = new InstallationId(dir.resolve("profile-a/installation-id"));
        String first;
        try (Database db = Database.open(dir.resolve("data"), machine)) {
            first = db.nodeId();
            assertThat(db.settings().get(LocalSettings.NODE_MACHINE)).isEqualTo(machine.get());
        }
        try (Database db = Database.open(dir.resolve("data"), new InstallationId(dir.resolve("profile-a/installation-id")))) {
            assertThat(db.nodeId()).isEqualTo(first);
            assertThat(db.settings().get(LocalSettings.PREVIOUS_NODE_IDS)).isEmpty();
        }
    }

    @Test
    void theSameFolderPathOnAnotherMachineTakesANewNodeIdAndKeepsTheOldOne() {
        Path data = dir.resolve("data");
        String original;
        try (Database db = Database.open(data, new InstallationId(dir.resolve("pc-1/installation-id")))) {
            original = db.nodeId();
        }
        InstallationId otherPc = new InstallationId(dir.resolve("pc-2/installation-id"));
        String copy;
        try (Database db = Database.open(data, otherPc)) {
            copy = db.nodeId();
            assertThat(copy).isNotEqualTo(original);
            assertThat(db.settings().get(LocalSettings.PREVIOUS_NODE_IDS)).contains(original);
            assertThat(db.settings().get(LocalSettings.NODE_MACHINE)).isEqualTo(otherPc.get());
        }
        try (Database db = Database.open(data, otherPc)) {
            assertThat(db.nodeId()).as("settles on the new PC").isEqualTo(copy);
        }
    }

    @Test
    void aFolderFromBeforeTheMachineBindingAdoptsThisMachineWithoutANewNodeId() throws Exception {
        Path data = dir.resolve("data");
        Files.writeString(dir.resolve("not-a-folder"), "x");
        InstallationId none = new InstallationId(dir.resolve("not-a-folder/installation-id"));
        assertThat(none.get()).as("no installation id can be kept there").isEmpty();
        String before;
        try (Database db = Database.open(data, none)) {
            before = db.nodeId();
            assertThat(db.settings().get(LocalSettings.NODE_MACHINE)).isEmpty();
        }
        InstallationId machine = new InstallationId(dir.resolve("profile/installation-id"));
        try (Database db = Database.open(data, machine)) {
            assertThat(db.nodeId()).isEqualTo(before);
            assertThat(db.settings().get(LocalSettings.NODE_MACHINE)).isEqualTo(machine.get());
            assertThat(db.settings().get(LocalSettings.PREVIOUS_NODE_IDS)).isEmpty();
        }
    }

    @Test
    void theInstallationIdIsMadeOnceAndAnUnreadableOneIsReplaced() throws Exception {
        Path file = dir.resolve("profile/installation-id");
        Optional<String> made = new InstallationId(file).get();
        assertThat(made).isPresent();
        assertThat(new InstallationId(file).get()).isEqualTo(made);
        Files.writeString(file, "garbled");
        Optional<String> replaced = new InstallationId(file).get();
        assertThat(replaced).isPresent().isNotEqualTo(made);
        assertThat(Files.readString(file).strip()).isEqualTo(replaced.get());
    }

    @Test
    void theFileIsInTheLocalProfileUnlessAPropertyOrVariableNamesOne() {
        assertThat(InstallationId.file(null, Map.of("LOCALAPPDATA", "C:\\Users\\li\\AppData\\Local"), "Windows 11",
                "C:\\Users\\li")).isEqualTo(Path.of("C:\\Users\\li\\AppData\\Local", "ProjectDesk", "installation-id"));
        assertThat(InstallationId.file(null, Map.of(), "Linux", "/home/li"))
                .isEqualTo(Path.of("/home/li", ".projectdesk", "installation-id"));
        assertThat(InstallationId.file(null, Map.of(InstallationId.ENV_VARIABLE, "/srv/pd/id"), "Linux", "/home/li"))
                .isEqualTo(Path.of("/srv/pd/id"));
        assertThat(InstallationId.file("/opt/id", Map.of(InstallationId.ENV_VARIABLE, "/srv/pd/id"), "Linux", "/home/li"))
                .isEqualTo(Path.of("/opt/id"));
    }
}

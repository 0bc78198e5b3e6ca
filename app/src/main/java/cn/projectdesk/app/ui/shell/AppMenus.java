package cn.projectdesk.app.ui.shell;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.app.ui.undo.UndoState;
import cn.projectdesk.app.ui.wbs.WbsView;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar. Every command is reachable here with its shortcut shown. The WBS keys (Insert, F2,
 * Delete, Alt+Shift+arrows) belong to the plan table itself and are listed in the Task menu as text,
 * so that they never fire while the user types in a field.
 */
final class AppMenus {
    private final Messages messages;
    private final ShellActions actions;
    private final UserSession user;

    AppMenus(Messages messages, ShellActions actions, UserSession user) {
        this.messages = messages;
        this.actions = actions;
        this.user = user;
    }

    MenuBar build(UndoState undo) {
        MenuBar bar = new MenuBar(file(), edit(undo), view(), project(), task(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        MenuItem importFile = item("menu.file.importMsProject", "menu-import-msproject", actions::importMsProject,
                shortcut(KeyCode.I));
        importFile.setDisable(!user.has(Permission.PROJECT_CREATE));
        MenuItem account = item("menu.file.myAccount", "menu-my-account", actions::myAccount,
                new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem signOut = item("menu.file.signOut", "menu-sign-out", actions::signOut, null);
        MenuItem exit = item("menu.file.exit", "menu-exit", actions::exit,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        return menu("menu.file", importFile, new SeparatorMenuItem(), account, signOut, new SeparatorMenuItem(), exit);
    }

    private Menu edit(UndoState undo) {
        MenuItem undoItem = item("menu.edit.undo", "menu-undo", actions::undo,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.canUndoProperty().get()
                ? messages.format("menu.edit.undoWhat", undo.undoDescriptionProperty().get())
                : messages.get("menu.edit.undo"), undo.canUndoProperty(), undo.undoDescriptionProperty()));
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem redoItem = item("menu.edit.redo", "menu-redo", actions::redo,
                new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.canRedoProperty().get()
                ? messages.format("menu.edit.redoWhat", undo.redoDescriptionProperty().get())
                : messages.get("menu.edit.redo"), undo.canRedoProperty(), undo.redoDescriptionProperty()));
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        return menu("menu.edit", undoItem, redoItem);
    }

    private Menu view() {
        Menu menu = menu("menu.view",
                item("nav.home", "menu-home", () -> actions.show(Section.HOME), shortcut(KeyCode.DIGIT1)),
                item("nav.projects", "menu-projects", () -> actions.show(Section.PROJECTS), shortcut(KeyCode.DIGIT2)),
                item("nav.plan", "menu-plan", () -> actions.show(Section.PLAN), shortcut(KeyCode.DIGIT3)),
                item("nav.approvals", "menu-approvals", () -> actions.show(Section.APPROVALS), shortcut(KeyCode.DIGIT4)),
                new SeparatorMenuItem(),
                item("nav.settings", "menu-settings", () -> actions.show(Section.SETTINGS), shortcut(KeyCode.COMMA)));
        if (user.has(Permission.ADMINISTER)) {
            menu.getItems().add(menu.getItems().size() - 1,
                    item("nav.admin", "menu-admin", () -> actions.show(Section.ADMIN), shortcut(KeyCode.DIGIT9)));
        }
        return menu;
    }

    private Menu project() {
        MenuItem create = item("projects.new", "menu-new-project", actions::newProject, shortcut(KeyCode.N));
        create.setDisable(!user.has(Permission.PROJECT_CREATE));
        MenuItem edit = item("projects.edit", "menu-edit-project", actions::editProject, shortcut(KeyCode.E));
        edit.disableProperty().bind(Bindings.createBooleanBinding(() -> !actions.projectsShowing().get()
                || !user.has(Permission.PROJECT_EDIT), actions.projectsShowing()));
        MenuItem delete = item("projects.delete", "menu-delete-project", actions::deleteProject, null);
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> !actions.projectsShowing().get()
                || !user.has(Permission.PROJECT_DELETE), actions.projectsShowing()));
        MenuItem open = item("projects.openPlan", "menu-open-plan", actions::openPlan, null);
        open.disableProperty().bind(Bindings.not(actions.projectsShowing()));
        MenuItem risk = item("risk.menu", "menu-risk", actions::scheduleRisk, null);
        risk.disableProperty().bind(Bindings.not(actions.planShowing()));
        MenuItem earnedValue = item("ev.menu", "menu-earned-value", actions::earnedValue, null);
        earnedValue.disableProperty().bind(Bindings.not(actions.planShowing()));
        return menu("menu.project", create, edit, delete, new SeparatorMenuItem(), open, risk, earnedValue);
    }

    private Menu task() {
        Menu menu = menu("menu.task",
                taskItem("wbs.action.add", "Insert / Ctrl+Enter", WbsView.Action.ADD),
                taskItem("wbs.action.rename", "F2", WbsView.Action.RENAME),
                taskItem("wbs.action.delete", "Delete", WbsView.Action.DELETE),
                new SeparatorMenuItem(),
                taskItem("wbs.action.indent", "Alt+Shift+→", WbsView.Action.INDENT),
                taskItem("wbs.action.outdent", "Alt+Shift+←", WbsView.Action.OUTDENT),
                taskItem("wbs.action.up", "Alt+Shift+↑", WbsView.Action.UP),
                taskItem("wbs.action.down", "Alt+Shift+↓", WbsView.Action.DOWN),
                new SeparatorMenuItem(),
                taskItem("wbs.action.milestone", "Ctrl+M", WbsView.Action.MILESTONE));
        menu.disableProperty().bind(Bindings.createBooleanBinding(() -> !actions.planShowing().get()
                || !user.has(Permission.TASK_EDIT), actions.planShowing()));
        return menu;
    }

    private Menu help() {
        return menu("menu.help",
                item("menu.help.shortcuts", "menu-shortcuts", actions::shortcuts, new KeyCodeCombination(KeyCode.F1)),
                item("menu.help.about", "menu-about", actions::about, null));
    }

    private MenuItem taskItem(String key, String keys, WbsView.Action action) {
        MenuItem item = item(key, "menu-task-" + action.name().toLowerCase(java.util.Locale.ROOT), () -> actions.task(action), null);
        item.setText(messages.get(key) + "    " + keys);
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(messages.get(key));
        menu.getItems().setAll(items);
        return menu;
    }

    private MenuItem item(String key, String id, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }
}

package cn.projectdesk.app.ui.undo;

/**
 * One user edit that can be taken back. {@link #execute()} is called for the first run and for every
 * redo, so a command must remember what it needs (ids, previous values) to run again after an undo
 * with the same effect.
 */
public interface Command {
    void execute();

    void undo();

    /** Short, already translated text for the Edit menu ("Undo Rename task"). */
    String description();
}

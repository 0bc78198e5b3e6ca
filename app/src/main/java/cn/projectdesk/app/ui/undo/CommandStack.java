package cn.projectdesk.app.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo and redo history. A command that throws changes nothing here: a failed execute is not
 * recorded, a failed undo or redo stays where it was, so the user can retry or carry on. Plain Java
 * (no JavaFX) so that it is testable alone; {@link UndoState} mirrors it into FX properties.
 */
public final class CommandStack {
    private final int limit;
    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public CommandStack() {
        this(200);
    }

    public CommandStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    public synchronized void execute(Command command) {
        command.execute();
        done.push(command);
        if (done.size() > limit) {
            done.removeLast();
        }
        undone.clear();
        changed();
    }

    /** Undoes the latest command; returns it, or empty when there was nothing to undo. */
    public synchronized Optional<Command> undo() {
        Command command = done.peek();
        if (command == null) {
            return Optional.empty();
        }
        command.undo();
        undone.push(done.pop());
        changed();
        return Optional.of(command);
    }

    public synchronized Optional<Command> redo() {
        Command command = undone.peek();
        if (command == null) {
            return Optional.empty();
        }
        command.execute();
        done.push(undone.pop());
        changed();
        return Optional.of(command);
    }

    public synchronized boolean canUndo() {
        return !done.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !undone.isEmpty();
    }

    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(Command::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peek()).map(Command::description);
    }

    /** Forgets the history, e.g. when another user signs in: their commands must not undo ours. */
    public synchronized void clear() {
        done.clear();
        undone.clear();
        changed();
    }

    /** Called after every change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}

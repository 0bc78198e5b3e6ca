package cn.projectdesk.app.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The undo history alone, without JavaFX. */
class CommandStackTest {
    private final List<String> log = new ArrayList<>();

    @Test
    void undoAndRedoRunTheCommandsInReverseAndForwardOrder() {
        CommandStack stack = new CommandStack();
        stack.execute(command("a"));
        stack.execute(command("b"));
        assertThat(stack.undoDescription()).contains("b");

        stack.undo();
        stack.undo();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.redoDescription()).contains("a");
        stack.redo();

        assertThat(log).containsExactly("do a", "do b", "undo b", "undo a", "do a");
        assertThat(stack.undoDescription()).contains("a");
        assertThat(stack.redoDescription()).contains("b");
    }

    @Test
    void aNewCommandForgetsWhatCouldBeRedone() {
        CommandStack stack = new CommandStack();
        stack.execute(command("a"));
        stack.undo();
        stack.execute(command("c"));
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.redo()).isEmpty();
    }

    @Test
    void aFailingCommandLeavesTheHistoryAsItWas() {
        CommandStack stack = new CommandStack();
        stack.execute(command("a"));
        assertThatThrownBy(() -> stack.execute(failing("broken", true, false))).hasMessage("refused");
        assertThat(stack.undoDescription()).contains("a");

        stack.execute(failing("sticky", false, true));
        assertThatThrownBy(stack::undo).hasMessage("refused");
        assertThat(stack.undoDescription()).as("still undoable after a refused undo").contains("sticky");
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void listenersHearEveryChangeAndTheLimitDropsTheOldest() {
        CommandStack stack = new CommandStack(2);
        AtomicInteger changes = new AtomicInteger();
        stack.addListener(changes::incrementAndGet);
        stack.execute(command("a"));
        stack.execute(command("b"));
        stack.execute(command("c"));
        stack.undo();
        stack.undo();
        assertThat(stack.undo()).isEmpty();
        assertThat(changes).hasValue(5);
        assertThat(log).doesNotContain("undo a");

        stack.clear();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
        assertThat(changes).hasValue(6);
    }

    @Test
    void emptyStackHasNothingToDescribe() {
        CommandStack stack = new CommandStack();
        assertThat(stack.undo()).isEmpty();
        assertThat(stack.undoDescription()).isEmpty();
        assertThat(stack.redoDescription()).isEmpty();
        assertThatThrownBy(() -> new CommandStack(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Command command(String name) {
        return failing(name, false, false);
    }

    private Command failing(String name, boolean onExecute, boolean onUndo) {
        return new Command() {
            @Override
            public void execute() {
                if (onExecute) {
                    throw new IllegalStateException("refused");
                }
                log.add("do " + name);
            }

            @Override
            public void undo() {
                if (onUndo) {
                    throw new IllegalStateException("refused");
                }
                log.add("undo " + name);
            }

            @Override
            public String description() {
                return name;
            }
        };
    }
}

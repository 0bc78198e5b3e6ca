package cn.projectdesk.app.ui.support;

import java.util.ArrayList;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the UI tests. The headless screen must be larger than our windows, or Monocle's painter
 * overflows its buffer; the property has to be set before the toolkit starts.
 */
public abstract class FxTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    protected final FxRobot robot = new FxRobot();

    /**
     * All UI tests share one toolkit: a dialog or lock overlay a test leaves open would sit on top of
     * the next test's window and take its clicks and lookups.
     */
    @AfterEach
    void closeWindowsLeftOpen() {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }
}

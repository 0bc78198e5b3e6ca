package cn.projectdesk.app.ui.support;

import org.testfx.api.FxRobot;

/**
 * Base of the UI tests. The headless screen must be larger than our windows, or Monocle's painter
 * overflows its buffer; the property has to be set before the toolkit starts.
 */
public abstract class FxTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    protected final FxRobot robot = new FxRobot();
}

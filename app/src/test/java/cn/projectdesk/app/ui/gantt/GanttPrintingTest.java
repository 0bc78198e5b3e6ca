package cn.projectdesk.app.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.gantt.export.Paper;
import cn.projectdesk.app.ui.gantt.export.PrintRequest;
import org.junit.jupiter.api.Test;

/** How the printer dialog's choice maps onto the PDF export's page layout. */
class GanttPrintingTest {
    @Test
    void thePrintersPaperChoosesA3OrA4WhicheverWayRound() {
        assertThat(GanttPrinting.paperFor(595.28, 841.89)).isEqualTo(Paper.A4);
        assertThat(GanttPrinting.paperFor(841.89, 595.28)).isEqualTo(Paper.A4);
        assertThat(GanttPrinting.paperFor(842, 1191)).isEqualTo(Paper.A3);
        assertThat(GanttPrinting.paperFor(1190.55, 841.89)).isEqualTo(Paper.A3);
        assertThat(GanttPrinting.paperFor(612, 792)).isEqualTo(Paper.A4); // US letter
    }

    @Test
    void pagesShrinkIntoThePrintableAreaButNeverGrow() {
        PrintRequest a4Landscape = new PrintRequest(Paper.A4, false, null, null);
        // A4 landscape with 0.5 inch margins: 805.89 x 559.28 printable
        double s = GanttPrinting.fit(a4Landscape, 841.89 - 36, 595.28 - 36);
        assertThat(841.89 * s).isLessThanOrEqualTo(841.89 - 36 + 1e-9);
        assertThat(595.28 * s).isLessThanOrEqualTo(595.28 - 36 + 1e-9);
        assertThat(s).isGreaterThan(0.9);
        assertThat(GanttPrinting.fit(a4Landscape, 2000, 2000)).isEqualTo(1.0);
    }
}

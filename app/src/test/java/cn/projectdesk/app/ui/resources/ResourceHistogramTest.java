package cn.projectdesk.app.ui.resources;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.app.ui.gantt.layout.DisplayList;
import cn.projectdesk.app.ui.gantt.layout.Ink;
import cn.projectdesk.app.ui.gantt.layout.Shape;
import cn.projectdesk.app.ui.gantt.layout.TimeScale;
import cn.projectdesk.core.resource.DayLoad;
import cn.projectdesk.core.resource.ResourceKind;
import cn.projectdesk.core.resource.ResourceRow;
import cn.projectdesk.core.resource.ResourceUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The usage histogram laid out without a window: steps of equal days, red above capacity, hits. */
class ResourceHistogramTest {
    static final LocalDate MON = LocalDate.of(2026, 9, 7);
    final ResourceHistogram histogram = new ResourceHistogram((unit, d, w) -> d.toString(), u -> u.resource().kind().name());
    final TimeScale scale = new TimeScale(MON, 10);

    static ResourceUsage usage(String name, int max, int... units) {
        List<DayLoad> days = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            days.add(new DayLoad(MON.plusDays(i), units[i], max));
        }
        ResourceRow row = new ResourceRow(UUID.randomUUID(), name, ResourceKind.PERSON, "社会科", new BigDecimal("800.00"), max, null);
        return new ResourceUsage(row, null, days, List.of(
                new ResourceUsage.Booking("LJ-2026-001 3.1.4 外墙保温", MON, MON.plusDays(4), 60),
                new ResourceUsage.Booking("DQ-2026-001 3.1.2 路基拓宽", MON.plusDays(2), MON.plusDays(4), 60)));
    }

    @Test
    void equalDaysMakeOneBarAndDaysAboveCapacityAreRed() {
        ResourceUsage zhao = usage("赵工", 100, 60, 60, 120, 120, 120, 0, 0);
        DisplayList list = histogram.build(List.of(zhao), scale, 70, MON, -1);
        List<Shape.Rect> normal = list.of(Shape.Rect.class, r -> r.ink() == Ink.TASK);
        List<Shape.Rect> over = list.of(Shape.Rect.class, r -> r.ink() == Ink.TASK_BEHIND_PROGRESS);
        assertThat(normal).hasSize(1);
        assertThat(over).hasSize(1);
        assertThat(normal.get(0).w()).isEqualTo(20);
        assertThat(over.get(0).x()).isEqualTo(ResourceHistogram.NAME_WIDTH + 20);
        assertThat(over.get(0).w()).isEqualTo(30);
        // twice the load, twice the height; both within the lane
        assertThat(over.get(0).h()).isEqualTo(2 * normal.get(0).h(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(over.get(0).y()).isGreaterThan(ResourceHistogram.HEADER);
        // the capacity line sits below the red bars' tops and above the normal ones
        Shape.Line capacity = list.of(Shape.Line.class, l -> l.ink() == Ink.STATUS_DATE).get(0);
        assertThat(capacity.y1()).isBetween(over.get(0).y(), normal.get(0).y());
        assertThat(list.of(Shape.Text.class)).extracting(Shape.Text::text).contains("赵工", "PERSON");
    }

    @Test
    void aClickFindsTheLaneAndDayAndTheBookingsBehindIt() {
        List<ResourceUsage> lanes = List.of(usage("甲", 100, 50, 50, 50), usage("赵工", 100, 60, 60, 120, 120, 120));
        double y = ResourceHistogram.HEADER + ResourceHistogram.LANE * 1.5;
        ResourceHistogram.Hit hit = histogram.hit(lanes, scale, ResourceHistogram.NAME_WIDTH + 2 * 10 + 3, y);
        assertThat(hit).isEqualTo(new ResourceHistogram.Hit(1, MON.plusDays(2)));
        assertThat(lanes.get(1).bookingsOn(hit.day())).hasSize(2);
        assertThat(lanes.get(1).bookingsOn(MON)).extracting(ResourceUsage.Booking::label).containsExactly("LJ-2026-001 3.1.4 外墙保温");
        assertThat(histogram.hit(lanes, scale, 100, y)).isNull();
        assertThat(histogram.hit(lanes, scale, 400, ResourceHistogram.HEADER + ResourceHistogram.LANE * 2.5)).isNull();
    }

    @Test
    void theAxisHasTwoTiersOfDatesAndTheNamesTitle() {
        ResourceHistogram bundled = new ResourceHistogram(
                (unit, d, w) -> unit == cn.projectdesk.app.ui.gantt.layout.TimeUnit.MONTH ? d.getYear() + "年" + d.getMonthValue() + "月"
                        : "W" + d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), u -> "");
        TimeScale weeks = new TimeScale(LocalDate.of(2026, 9, 1), cn.projectdesk.app.ui.gantt.layout.ZoomLevel.WEEKS.pxPerDay());
        DisplayList axis = bundled.axis(weeks, weeks.endX(LocalDate.of(2026, 11, 30)), MON, "资源");
        List<Shape.Text> texts = axis.of(Shape.Text.class);
        double half = ResourceHistogram.HEADER / 2;
        // top tier: months; bottom tier: weeks; both right of the names column, whose title is on the left
        assertThat(texts).filteredOn(t -> t.y() < half && t.x() >= ResourceHistogram.NAME_WIDTH).extracting(Shape.Text::text)
                .containsExactly("2026年9月", "2026年10月", "2026年11月");
        assertThat(texts).filteredOn(t -> t.y() > half && t.x() >= ResourceHistogram.NAME_WIDTH).extracting(Shape.Text::text)
                .contains("W37", "W40", "W48").hasSizeGreaterThanOrEqualTo(12);
        assertThat(texts).filteredOn(t -> t.x() < ResourceHistogram.NAME_WIDTH).extracting(Shape.Text::text).containsExactly("资源");
        // nothing of the axis reaches into the lanes
        assertThat(axis.of(Shape.Rect.class)).allSatisfy(r -> assertThat(r.y() + r.h()).isLessThanOrEqualTo(ResourceHistogram.HEADER));
    }
}

package cn.projectdesk.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.schedule.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {
    private static final WorkingCalendar CAL = WorkingCalendar.chinaStandard();
    // Mon 2026-11-16 .. Fri 2026-11-27: ten working days; status Fri 2026-11-20 is the fifth
    private static final LocalDate START = LocalDate.of(2026, 11, 16);
    private static final LocalDate FINISH = LocalDate.of(2026, 11, 27);
    private final ProgressCalculator calc = new ProgressCalculator(CAL, LocalDate.of(2026, 11, 20), BigDecimal.TEN);

    private static ProgressInput task(int percent, String plannedCost, String actualCost) {
        return new ProgressInput(START, FINISH, 10, percent, new BigDecimal(plannedCost),
                actualCost == null ? null : new BigDecimal(actualCost), null, null, null);
    }

    @Test
    void plannedPercentCountsWorkingDaysUpToTheStatusDate() {
        assertThat(calc.plannedFraction(START, FINISH)).isEqualByComparingTo("0.5");
        assertThat(calc.plannedFraction(LocalDate.of(2026, 11, 23), FINISH)).isZero();
        assertThat(calc.plannedFraction(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6))).isEqualByComparingTo("1");
    }

    @Test
    void aTaskMoreThanTenPointsBehindIsFlagged() {
        assertThat(calc.task(task(40, "1000", null)).behind()).isFalse();
        TaskProgress late = calc.task(task(39, "1000", null));
        assertThat(late.deviation()).isEqualByComparingTo("11.0");
        assertThat(late.behind()).isTrue();
    }

    @Test
    void earnedValueFiguresAreExact() {
        EarnedValue ev = calc.task(task(40, "100000.00", "50000.00")).earnedValue();
        assertThat(ev.bac()).isEqualByComparingTo("100000.00");
        assertThat(ev.pv()).isEqualByComparingTo("50000.00");
        assertThat(ev.ev()).isEqualByComparingTo("40000.00");
        assertThat(ev.ac()).isEqualByComparingTo("50000.00");
        assertThat(ev.sv()).isEqualByComparingTo("-10000.00");
        assertThat(ev.cv()).isEqualByComparingTo("-10000.00");
        assertThat(ev.spi()).isEqualByComparingTo("0.8");
        assertThat(ev.cpi()).isEqualByComparingTo("0.8");
        assertThat(ev.eac()).isEqualByComparingTo("125000.00");
        assertThat(ev.vac()).isEqualByComparingTo("-25000.00");
        assertThat(ev.tcpi()).isEqualByComparingTo("1.2");
        assertThat(ev.eac().scale()).isEqualTo(2);
    }

    @Test
    void indexesAreUndefinedRatherThanZeroBeforeWorkStarts() {
        ProgressCalculator early = new ProgressCalculator(CAL, LocalDate.of(2026, 11, 1), BigDecimal.TEN);
        EarnedValue ev = early.task(task(0, "1000", null)).earnedValue();
        assertThat(ev.spi()).isNull();
        assertThat(ev.cpi()).isNull();
        assertThat(ev.eac()).isNull();
    }

    @Test
    void projectTotalsAreDurationWeightedAndSumsExact() {
        ProjectProgress p = calc.project(List.of(task(50, "0.10", "0.10"), task(30, "0.20", "0.10")));
        assertThat(p.plannedPercent()).isEqualByComparingTo("50.0");
        assertThat(p.actualPercent()).isEqualByComparingTo("40.0");
        assertThat(p.earnedValue().bac()).isEqualByComparingTo("0.30");
        assertThat(p.earnedValue().ac()).isEqualByComparingTo("0.20");
        assertThat(p.behind()).isFalse();
    }

    @Test
    void baselineVarianceIsInWorkingDays() {
        ProgressInput slipped = new ProgressInput(START, FINISH, 10, 0, null, null, LocalDate.of(2026, 11, 13),
                LocalDate.of(2026, 11, 24), 8);
        TaskProgress p = calc.task(slipped);
        assertThat(p.startVariance()).isEqualTo(1);
        assertThat(p.finishVariance()).isEqualTo(3);
        assertThat(p.durationVariance()).isEqualTo(2);
    }
}

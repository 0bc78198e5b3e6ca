package cn.projectdesk.core.performance;

import java.math.BigDecimal;

/** 优 (≥ 90), 良 (≥ 80), 中 (≥ 60), 差 (below 60) — the grades of the self-evaluation. */
public enum Grade {
    EXCELLENT("优", 90), GOOD("良", 80), FAIR("中", 60), POOR("差", 0);

    private final String chinese;
    private final int minimum;

    Grade(String chinese, int minimum) {
        this.chinese = chinese;
        this.minimum = minimum;
    }

    public String chinese() {
        return chinese;
    }

    public static Grade of(BigDecimal total) {
        for (Grade g : values()) {
            if (total.compareTo(BigDecimal.valueOf(g.minimum)) >= 0) {
                return g;
            }
        }
        return POOR;
    }
}

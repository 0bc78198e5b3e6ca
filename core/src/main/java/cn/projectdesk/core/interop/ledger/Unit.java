package cn.projectdesk.core.interop.ledger;

import java.math.BigDecimal;

/** The unit of amounts in a sheet or a column: 元 or 万元. */
public enum Unit {
    YUAN("元", BigDecimal.ONE), WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal factor;

    Unit(String label, BigDecimal factor) {
        this.label = label;
        this.factor = factor;
    }

    public String label() {
        return label;
    }

    public BigDecimal factor() {
        return factor;
    }

    /** 万元 when the text names it (单位：万元, 预算数(万元)), 元 when it names 元 alone, else null. */
    static Unit in(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceAll("\\s", "");
        if (t.contains("万元")) {
            return WAN_YUAN;
        }
        if (t.matches(".*(单位[:：]?元|[(（]元[)）]|^元$).*")) {
            return YUAN;
        }
        return null;
    }

    public static Unit parse(String text) {
        Unit u = in(text);
        if (u == null && text != null && (text.equalsIgnoreCase("WAN_YUAN") || text.equalsIgnoreCase("wan"))) {
            return WAN_YUAN;
        }
        return u == null ? YUAN : u;
    }
}

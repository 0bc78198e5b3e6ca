package cn.projectdesk.core.budget;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An immutable snapshot of both code lists, for validating lines and resolving imported names. */
public final class CodeLists {
    private final Map<CodeListKind, Map<String, CodeEntry>> byCode = new LinkedHashMap<>();
    private final Map<CodeListKind, Map<String, CodeEntry>> byName = new LinkedHashMap<>();

    CodeLists(Collection<CodeEntry> entries) {
        for (CodeListKind kind : CodeListKind.values()) {
            byCode.put(kind, new LinkedHashMap<>());
            byName.put(kind, new LinkedHashMap<>());
        }
        for (CodeEntry e : entries) {
            byCode.get(e.kind()).put(e.code(), e);
            byName.get(e.kind()).putIfAbsent(normalize(e.name()), e);
        }
    }

    public List<CodeEntry> entries(CodeListKind kind) {
        return List.copyOf(byCode.get(kind).values());
    }

    /** The active entry with this code, or with this name (资金来源 are usually written by name). */
    public Optional<CodeEntry> resolve(CodeListKind kind, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        CodeEntry e = byCode.get(kind).get(t);
        if (e == null) {
            e = byCode.get(kind).get(t.toUpperCase(Locale.ROOT));
        }
        if (e == null) {
            e = byName.get(kind).get(normalize(t));
        }
        if (e == null && kind == CodeListKind.FUNDING_SOURCE) {
            e = fundingAlias(t);
        }
        return Optional.ofNullable(e).filter(CodeEntry::active);
    }

    public String name(CodeListKind kind, String code) {
        CodeEntry e = byCode.get(kind).get(code);
        return e == null ? code : e.name();
    }

    private CodeEntry fundingAlias(String text) {
        String t = normalize(text);
        String code = t.contains("ppp") || t.contains("社会资本") ? "PPP"
                : t.contains("债") ? "SPECIAL_BOND"
                : t.contains("自筹") ? "SELF_RAISED"
                : t.contains("上级") || t.contains("转移支付") ? "SUPERIOR_SUBSIDY"
                : t.contains("财政") || t.contains("一般公共预算") || t.contains("本级") ? "FISCAL_APPROPRIATION"
                : null;
        return code == null ? null : byCode.get(CodeListKind.FUNDING_SOURCE).get(code);
    }

    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile("[\\s()（）]");

    static String normalize(String s) {
        return NOISE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

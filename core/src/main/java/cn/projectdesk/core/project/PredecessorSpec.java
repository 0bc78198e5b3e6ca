package cn.projectdesk.core.project;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.schedule.DependencyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The predecessors column as typed, MS Project style but by WBS code: "1.2, 1.3SS+2, 2FF-1"
 * (type defaults to FS, lag in working days).
 */
public record PredecessorSpec(String wbsCode, DependencyType type, int lagDays) {
    private static final Pattern ITEM = Pattern.compile("(\\d+(?:\\.\\d+)*)\\s*(FS|SS|FF|SF)?\\s*(?:([+-])\\s*(\\d+)\\s*d?)?",
            Pattern.CASE_INSENSITIVE);

    public static List<PredecessorSpec> parse(String text) {
        List<PredecessorSpec> specs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return specs;
        }
        for (String item : text.split("[,;，；]")) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = ITEM.matcher(item.trim());
            if (!m.matches()) {
                throw ValidationException.of("predecessors", "validation.predecessors.format");
            }
            DependencyType type = m.group(2) == null ? DependencyType.FS
                    : DependencyType.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            int lag = m.group(4) == null ? 0 : Integer.parseInt(m.group(4)) * ("-".equals(m.group(3)) ? -1 : 1);
            specs.add(new PredecessorSpec(m.group(1), type, lag));
        }
        return specs;
    }

    public String format() {
        String lag = lagDays == 0 ? "" : (lagDays > 0 ? "+" : "") + lagDays + "d";
        return wbsCode + (type == DependencyType.FS && lagDays == 0 ? "" : type.name()) + lag;
    }
}

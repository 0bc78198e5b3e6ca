package cn.projectdesk.core.budget;

import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.security.AccessPolicy;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * The funding-source and economic-classification lists: shipped as resources, edited by the
 * administrator as override rows (rename, add, switch off) that synchronise like any other data.
 */
public final class CodeListService {
    private static final Pattern ECONOMIC_CODE = Pattern.compile("\\d{3}(\\d{2})?");
    private static final Pattern FUNDING_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Map<CodeListKind, List<CodeEntry>> SHIPPED = Map.of(
            CodeListKind.FUNDING_SOURCE, load(CodeListKind.FUNDING_SOURCE, "/budget/funding-sources.tsv"),
            CodeListKind.ECONOMIC_CLASS, load(CodeListKind.ECONOMIC_CLASS, "/budget/economic-classification.tsv"));

    private final Database database;

    public CodeListService(Database database) {
        this.database = database;
    }

    public List<CodeEntry> list(UserSession user, CodeListKind kind) {
        AccessPolicy.require(user, Permission.PROJECT_VIEW);
        return database.read(s -> snapshot(s).entries(kind));
    }

    /** Adds a code or changes the name or the active flag of one (shipped or added). */
    public CodeEntry save(UserSession user, CodeListKind kind, String code, String name, boolean active) {
        AccessPolicy.require(user, Permission.ADMINISTER);
        String c = code == null ? "" : code.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!(kind == CodeListKind.ECONOMIC_CLASS ? ECONOMIC_CODE : FUNDING_CODE).matcher(c).matches()) {
            errors.put("code", "validation.budget.codeFormat");
        }
        if (name == null || name.isBlank()) {
            errors.put("name", "validation.required");
        } else if (name.strip().length() > 200) {
            errors.put("name", "validation.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(user.username(), s -> {
            BudgetCode row = s.createSelectionQuery("from BudgetCode where kind = :k and code = :c", BudgetCode.class)
                    .setParameter("k", kind).setParameter("c", c).uniqueResult();
            boolean fresh = row == null;
            if (fresh) {
                row = new BudgetCode();
                row.setKind(kind);
                row.setCode(c);
            }
            row.setName(name.strip());
            row.setActive(active);
            row.restore();
            if (fresh) {
                s.persist(row);
            }
            s.flush();
            return snapshot(s).entries(kind).stream().filter(e -> e.code().equals(c)).findFirst().orElseThrow();
        });
    }

    /** Shipped lists with the stored overrides applied, in code order for the classification. */
    static CodeLists snapshot(Session s) {
        Map<String, CodeEntry> merged = new LinkedHashMap<>();
        for (CodeListKind kind : CodeListKind.values()) {
            for (CodeEntry e : SHIPPED.get(kind)) {
                merged.put(kind + ":" + e.code(), e);
            }
        }
        for (BudgetCode row : s.createSelectionQuery("from BudgetCode where deleted = false", BudgetCode.class).getResultList()) {
            boolean shipped = merged.containsKey(row.getKind() + ":" + row.getCode());
            merged.put(row.getKind() + ":" + row.getCode(), new CodeEntry(row.getKind(), row.getCode(), row.getName(),
                    parentOf(row.getKind(), row.getCode()), row.isActive(), shipped));
        }
        List<CodeEntry> all = new ArrayList<>(merged.values());
        all.sort((a, b) -> a.kind() != b.kind() || a.kind() == CodeListKind.FUNDING_SOURCE ? 0 : a.code().compareTo(b.code()));
        return new CodeLists(all);
    }

    private static String parentOf(CodeListKind kind, String code) {
        return kind == CodeListKind.ECONOMIC_CLASS && code.length() == 5 ? code.substring(0, 3) : null;
    }

    private static List<CodeEntry> load(CodeListKind kind, String resource) {
        List<CodeEntry> entries = new ArrayList<>();
        try (InputStream in = CodeListService.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                entries.add(new CodeEntry(kind, parts[0].strip(), parts[1].strip(), parentOf(kind, parts[0].strip()), true, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}

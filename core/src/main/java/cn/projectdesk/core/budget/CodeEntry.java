package cn.projectdesk.core.budget;

/**
 * One entry of a code list as the screens and the import see it: the shipped entry with the
 * administrator's override applied. {@code parentCode} is the 类 of a 款 (30201 → 302), null at the top.
 */
public record CodeEntry(CodeListKind kind, String code, String name, String parentCode, boolean active,
                        boolean shipped) {
}

package cn.projectdesk.core.store;

import java.util.List;
import java.util.Map;

/**
 * What to do with one pulled change: the fields whose pulled value wins (written with the pulled
 * change's stamp, even when the value is already the same, so later merges see the winning clock) and
 * the conflicts to keep.
 */
public record MergeDecision(Map<String, String> apply, List<MergeConflict> conflicts) {
    public MergeDecision {
        apply = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(apply));
        conflicts = List.copyOf(conflicts);
    }
}

package cn.projectdesk.core.acceptance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Draws a panel from the expert library: never an expert of the supplier's organisation, experts of the
 * wanted field first, the order within each group shuffled by a seed (the acceptance id) so the draw is
 * random yet reproducible for the auditor.
 */
final class PanelSelection {
    private PanelSelection() {
    }

    static boolean conflicts(Expert expert, String supplierOrg) {
        return normalise(expert.getOrganisation()).equals(normalise(supplierOrg));
    }

    static List<Expert> draw(List<Expert> library, String supplierOrg, String field, int size, long seed) {
        List<Expert> eligible = new ArrayList<>(library.stream().filter(e -> !conflicts(e, supplierOrg))
                .sorted(Comparator.comparing(Expert::getId)).toList());
        java.util.Collections.shuffle(eligible, new Random(seed));
        if (field != null && !field.isBlank()) {
            eligible.sort(Comparator.comparing(e -> !e.getField().contains(field.strip())));
        }
        return eligible.size() < size ? List.of() : List.copyOf(eligible.subList(0, size));
    }

    private static String normalise(String organisation) {
        return organisation == null ? "" : organisation.replaceAll("[\\s（）()]", "").toLowerCase(Locale.ROOT);
    }
}

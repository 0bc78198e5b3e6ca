package cn.projectdesk.app.ui.sync;

import java.util.Locale;

/**
 * Why a reply bundle was refused, as a headline the user can act on. The sync module states the reason
 * in its message only (one exception type), so this reads that message; the Sync screen test feeds it
 * real refusals, so a reworded reason shows up as a failing test rather than a vague dialog.
 */
enum BundleRefusal {
    TAMPERED("altered"),
    WRONG_SIGNATURE("wrongly signed"),
    FOREIGN("not issued by this ca"),
    OTHER_NODE("is for node"),
    OUT_OF_ORDER("is missing"),
    NOT_A_REPLY("not a reply"),
    /** Encrypted to someone else (ADR 25): typically this office's own export, sealed for headquarters. */
    OTHER_RECIPIENT("encrypted to another recipient"),
    DAMAGED("truncated", "incomplete", "not a projectdesk bundle", "not a readable", "unreadable", "no bundle file", "garbled"),
    OTHER();

    private final String[] markers;

    BundleRefusal(String... markers) {
        this.markers = markers;
    }

    static BundleRefusal of(String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        for (BundleRefusal refusal : values()) {
            for (String marker : refusal.markers) {
                if (text.contains(marker)) {
                    return refusal;
                }
            }
        }
        return OTHER;
    }
}

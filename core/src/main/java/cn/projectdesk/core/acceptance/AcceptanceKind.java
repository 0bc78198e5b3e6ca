package cn.projectdesk.core.acceptance;

/** 初步验收, 竣工（最终）验收. */
public enum AcceptanceKind {
    PRELIMINARY, FINAL
}

package cn.projectdesk.core.archive;

import cn.projectdesk.core.project.LifecycleStage;
import java.util.EnumMap;
import java.util.Map;

/** The document number 项目编号-阶段-类型-序号, e.g. {@code LJ-2026-001-SS-HT-003}; stages by pinyin initials. */
public final class ArchiveNumber {
    private static final Map<LifecycleStage, String> STAGE = new EnumMap<>(Map.of(
            LifecycleStage.PLANNING, "MH", LifecycleStage.PROPOSAL, "LX", LifecycleStage.PROCUREMENT, "ZC",
            LifecycleStage.IMPLEMENTATION, "SS", LifecycleStage.ACCEPTANCE, "YS", LifecycleStage.EVALUATION, "PJ",
            LifecycleStage.OPERATION, "YW", LifecycleStage.ARCHIVED, "GD"));

    private ArchiveNumber() {
    }

    public static String stageCode(LifecycleStage stage) {
        return STAGE.get(stage);
    }

    public static String of(String projectCode, LifecycleStage stage, DocumentType type, int seq) {
        return projectCode + "-" + stageCode(stage) + "-" + type.code() + "-" + String.format("%03d", seq);
    }
}

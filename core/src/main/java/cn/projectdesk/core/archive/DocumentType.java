package cn.projectdesk.core.archive;

/** Kinds of archive documents; {@code code} (pinyin initials) is the type part of the document number. */
public enum DocumentType {
    PROPOSAL("JYS"),        // 项目建议书
    FEASIBILITY("KYBG"),    // 可行性研究报告
    APPROVAL("PF"),         // 批复文件
    PROCUREMENT("ZC"),      // 招标采购文件
    BID_EVALUATION("PB"),   // 评标报告 (its own type: the 招采 gate asks for it beside the tender documents)
    CONTRACT("HT"),         // 合同
    CHANGE("BG"),           // 变更文件
    PROGRESS("JD"),         // 进度报告
    COMPLETION("JG"),       // 竣工（完工）报告 (the 实施 gate asks for it)
    ACCEPTANCE("YS"),       // 验收报告
    EVALUATION("JX"),       // 绩效评价报告
    OTHER("QT");            // 其他

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

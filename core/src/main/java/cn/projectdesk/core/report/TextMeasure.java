package cn.projectdesk.core.report;

/** The width of a text in points at a font size (the renderer's font; a fixed-width one in tests). */
interface TextMeasure {
    float width(String text, float size);
}

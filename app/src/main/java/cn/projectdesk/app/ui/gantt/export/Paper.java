package cn.projectdesk.app.ui.gantt.export;

/** Paper sizes for printing, in PostScript points (1/72 inch), portrait. */
public enum Paper {
    A4(595.28, 841.89), A3(841.89, 1190.55);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width(boolean portrait) {
        return portrait ? width : height;
    }

    public double height(boolean portrait) {
        return portrait ? height : width;
    }
}

package cn.projectdesk.core.report;

/** No embeddable Chinese font: the message names what to install or configure. */
public final class FormFontMissingException extends RuntimeException {
    public FormFontMissingException(String message) {
        super(message);
    }
}

package cn.projectdesk.core.report;

/** A printed form: the PDF, its verification code as printed (ABCDE-FGHJK), pages, and the request's code. */
public record PrintedForm(String requestCode, String code, int pages, byte[] pdf) {
}

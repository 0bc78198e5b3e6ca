package cn.projectdesk.core.report;

import java.util.List;

/**
 * What the renderer draws: heading texts, the table rows, the verification code and the QR payload.
 * Built from a {@link FormContent} by {@link FormComposer}; rendering knows nothing of requests.
 */
record FormDocument(String issuingUnit, String title, String continuedTitle, String numberLine, String printedLine,
                    List<FormRow> rows, String codeLine, String codeHint, String qrPayload, String pageFormat,
                    String author, String subject) {
    FormDocument {
        rows = List.copyOf(rows);
    }
}

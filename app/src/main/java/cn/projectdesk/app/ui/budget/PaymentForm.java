package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.PaymentDraft;
import cn.projectdesk.core.budget.PaymentKind;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * A payment against a contract: recorded at once by finance (planned instalment or actual payment), or
 * filed as a 付款申请 that the approval flow decides. A payment beyond the contract or the line needs
 * an override reason, which is kept with it.
 */
final class PaymentForm {
    enum Mode { RECORD, REQUEST }

    private final FormDialog form;
    private final Map<String, String> local = new HashMap<>();

    PaymentForm(ContractsModel model, Window owner, ContractRow contract, Mode mode) {
        Messages messages = model.messages();
        form = new FormDialog(messages, owner, messages.format(mode == Mode.RECORD ? "payments.form.record" : "payments.form.request",
                contract.contractNo()), messages.get(mode == Mode.RECORD ? "payments.form.save" : "payments.form.submit"), "payment-form");
        Label facts = new Label(messages.format("payments.form.facts", Formats.money(contract.ceiling()), Formats.money(contract.paid())));
        facts.setId("payment-facts");
        form.grid().addWide(facts);
        ComboBox<PaymentKind> kind = new ComboBox<>();
        kind.getItems().setAll(mode == Mode.RECORD ? PaymentKind.values() : new PaymentKind[] {PaymentKind.ACTUAL});
        kind.setValue(PaymentKind.ACTUAL);
        kind.setId("payment-kind");
        kind.setCellFactory(l -> new ContractForm.EnumCell<>(messages));
        kind.setButtonCell(new ContractForm.EnumCell<>(messages));
        form.grid().add("payments.column.kind", kind, "kind", form.errors());
        DatePicker date = form.date("payment-date", "payments.column.date", "date", local);
        TextField amount = form.amount("payment-amount", "payments.column.amount", "amount", local);
        TextField invoice = form.text("payment-invoice", "payments.column.invoice", "invoiceNo");
        DatePicker invoiceDate = form.date("payment-invoice-date", "payments.form.invoiceDate", "invoiceDate", local);
        TextArea override = new TextArea();
        override.setId("payment-override");
        override.setPrefRowCount(2);
        override.setPromptText(messages.get("payments.form.overrideHint"));
        form.grid().add("payments.column.override", override, "overrideReason", form.errors());
        TextArea notes = new TextArea();
        notes.setId("payment-notes");
        notes.setPrefRowCount(2);
        form.grid().add("contracts.form.notes", notes, "notes", form.errors());
        form.onSave("payment-save", (showErrors, close) -> {
            PaymentDraft draft = new PaymentDraft(kind.getValue(), date.getValue(), FormDialog.money(amount),
                    FormDialog.textOf(invoice), invoiceDate.getValue(),
                    override.getText() == null || override.getText().isBlank() ? null : override.getText().strip(),
                    notes.getText() == null || notes.getText().isBlank() ? null : notes.getText().strip());
            if (mode == Mode.RECORD) {
                model.recordPayment(contract, draft, close, showErrors);
            } else {
                model.requestPayment(contract, draft, close, showErrors);
            }
        }, local);
    }

    FormDialog form() {
        return form;
    }
}

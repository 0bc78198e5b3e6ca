package cn.projectdesk.app.ui.budget;

import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.budget.BudgetLineRow;
import cn.projectdesk.core.budget.ContractDraft;
import cn.projectdesk.core.budget.ContractRow;
import cn.projectdesk.core.budget.CreditCode;
import cn.projectdesk.core.budget.ProcurementMethod;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * The contract form: budget line, number, title, procurement method and dates, supplier with its unified
 * social credit code (checked as it is typed), amount, signing date, term and warranty. As a supplement
 * (补充合同) of a contract it is charged to that contract's line, and the 10 % rule is shown afterwards.
 */
final class ContractForm {
    private final FormDialog form;
    private final Map<String, String> local = new HashMap<>();

    ContractForm(ContractsModel model, Window owner, ContractRow original) {
        this(model, owner, original, null);
    }

    /**
     * With {@code editing} set, the form shows that contract and saves it through the same checks as a new
     * one (an undoable edit); a supplement keeps its original's line, so the line is offered only for originals.
     */
    ContractForm(ContractsModel model, Window owner, ContractRow original, ContractRow editing) {
        Messages messages = model.messages();
        String titleKey = editing != null ? "contracts.form.edit" : original == null ? "contracts.form.new" : "contracts.form.supplement";
        form = new FormDialog(messages, owner, editing != null ? messages.format(titleKey, editing.contractNo()) : messages.get(titleKey),
                messages.get("contracts.form.save"), "contract-form");
        ComboBox<BudgetLineRow> line = new ComboBox<>(model.lines());
        line.setId("contract-line");
        line.setCellFactory(l -> new LineCell());
        line.setButtonCell(new LineCell());
        line.setMaxWidth(Double.MAX_VALUE);
        if (original == null && (editing == null || editing.originalId() == null)) {
            form.grid().add("contracts.form.line", line, "lineId", form.errors());
        }
        TextField number = form.text("contract-no", "contracts.column.no", "contractNo");
        TextField title = form.text("contract-title", "contracts.column.title", "title");
        ComboBox<ProcurementMethod> method = new ComboBox<>();
        method.getItems().setAll(ProcurementMethod.values());
        method.setId("contract-method");
        method.setCellFactory(l -> new EnumCell<>(messages));
        method.setButtonCell(new EnumCell<>(messages));
        form.grid().add("contracts.column.method", method, "method", form.errors());
        DatePicker procurementStart = form.date("contract-procurement-start", "contracts.form.procurementStart", "procurementStart", local);
        DatePicker award = form.date("contract-award", "contracts.form.award", "awardDate", local);
        TextField supplier = form.text("contract-supplier", "contracts.column.supplier", "supplierName");
        TextField credit = form.text("contract-credit", "contracts.column.credit", "supplierCreditCode");
        credit.setPromptText("91350100M000100Y43");
        credit.textProperty().addListener((o, old, now) -> {
            String code = now == null ? "" : now.strip().toUpperCase(java.util.Locale.ROOT);
            Map<String, String> shown = new HashMap<>(form.errors().get());
            // say it as soon as 18 characters are there; shorter is still being typed
            if (code.length() >= 18 && !CreditCode.isValid(code)) {
                shown.put("supplierCreditCode", "validation.budget.creditCode");
            } else {
                shown.remove("supplierCreditCode");
            }
            form.errors().set(shown);
        });
        TextField amount = form.amount("contract-amount", "contracts.column.amount", "amount", local);
        DatePicker signing = form.date("contract-signing", "contracts.column.signing", "signingDate", local);
        DatePicker termStart = form.date("contract-term-start", "contracts.form.termStart", "termStart", local);
        DatePicker termEnd = form.date("contract-term-end", "contracts.form.termEnd", "termEnd", local);
        DatePicker warranty = form.date("contract-warranty", "contracts.form.warranty", "warrantyEnd", local);
        TextArea notes = new TextArea();
        notes.setId("contract-notes");
        notes.setPrefRowCount(2);
        form.grid().add("contracts.form.notes", notes, "notes", form.errors());
        if (original != null) {
            supplier.setText(original.supplierName());
            credit.setText(original.supplierCreditCode());
            method.setValue(original.method());
            number.setText(original.contractNo() + "-BC");
        }
        if (editing != null) {
            line.setValue(model.lines().stream().filter(l -> l.id().equals(editing.lineId())).findFirst().orElse(null));
            number.setText(editing.contractNo());
            title.setText(editing.title());
            method.setValue(editing.method());
            procurementStart.setValue(editing.procurementStart());
            award.setValue(editing.awardDate());
            supplier.setText(editing.supplierName());
            credit.setText(editing.supplierCreditCode());
            amount.setText(Formats.money(editing.amount()));
            signing.setValue(editing.signingDate());
            termStart.setValue(editing.termStart());
            termEnd.setValue(editing.termEnd());
            warranty.setValue(editing.warrantyEnd());
            notes.setText(editing.notes());
        }
        form.onSave("contract-save", (showErrors, close) -> {
            ContractDraft draft = new ContractDraft(line.getValue() == null ? null : line.getValue().id(),
                    original == null ? null : original.id(), FormDialog.textOf(number), FormDialog.textOf(title), method.getValue(),
                    procurementStart.getValue(), award.getValue(), FormDialog.textOf(supplier), FormDialog.textOf(credit),
                    FormDialog.money(amount), signing.getValue(), termStart.getValue(), termEnd.getValue(), warranty.getValue(),
                    notes.getText());
            if (editing != null) {
                model.updateContract(editing, draft, row -> close.run(), showErrors);
            } else {
                model.createContract(draft, row -> close.run(), showErrors);
            }
        }, local);
    }

    FormDialog form() {
        return form;
    }

    static final class LineCell extends ListCell<BudgetLineRow> {
        @Override
        protected void updateItem(BudgetLineRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.fundingSourceName() + " / " + item.economicCode() + " "
                    + item.economicName() + (item.item() == null ? "" : " / " + item.item()) + "  "
                    + Formats.money(item.figures().adjusted()));
        }
    }

    static final class EnumCell<E extends Enum<E>> extends ListCell<E> {
        private final Messages messages;

        EnumCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.of(item));
        }
    }
}

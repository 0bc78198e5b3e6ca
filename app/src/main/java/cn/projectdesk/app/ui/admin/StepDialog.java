package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.common.Choice;
import cn.projectdesk.app.ui.common.Formats;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.security.RoleRow;
import cn.projectdesk.core.workflow.ApprovalMode;
import cn.projectdesk.core.workflow.ApproverRef;
import cn.projectdesk.core.workflow.FlowStepDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits one step of a flow: its name, any-one (或签) or all (会签), who decides (roles up the
 * requester's org chain, or named users), and the amount over which the step is added.
 */
final class StepDialog {
    private StepDialog() {
    }

    static Optional<FlowStepDefinition> edit(Window owner, Messages messages, List<RoleRow> roles, FlowStepDefinition step) {
        TextField name = new TextField(step.name());
        name.setId("step-name");
        ComboBox<Choice<ApprovalMode>> mode = new ComboBox<>();
        mode.setId("step-mode");
        for (ApprovalMode m : ApprovalMode.values()) {
            Choice<ApprovalMode> choice = new Choice<>(m, messages.of(m));
            mode.getItems().add(choice);
            if (m == step.mode()) {
                mode.setValue(choice);
            }
        }
        ListView<ApproverRef> approvers = new ListView<>();
        approvers.setId("step-approvers");
        approvers.setPrefHeight(110);
        approvers.getItems().setAll(step.approvers());
        approvers.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ApproverRef ref, boolean empty) {
                super.updateItem(ref, empty);
                setText(empty || ref == null ? null : FlowEditorPane.approverText(messages, ref));
            }
        });
        ComboBox<Choice<String>> role = new ComboBox<>();
        role.setId("step-role");
        roles.forEach(r -> role.getItems().add(new Choice<>(r.code(), RoleNames.of(messages, r.code()))));
        Button addRole = new Button(messages.get("admin.flows.addRole"));
        addRole.setId("step-add-role");
        addRole.disableProperty().bind(role.valueProperty().isNull());
        addRole.setOnAction(e -> approvers.getItems().add(ApproverRef.role(role.getValue().value())));
        TextField user = new TextField();
        user.setId("step-user");
        user.setPromptText(messages.get("admin.flows.userPrompt"));
        Button addUser = new Button(messages.get("admin.flows.addUser"));
        addUser.setId("step-add-user");
        addUser.disableProperty().bind(user.textProperty().isEmpty());
        addUser.setOnAction(e -> {
            approvers.getItems().add(ApproverRef.user(user.getText().strip()));
            user.clear();
        });
        Button remove = new Button(messages.get("admin.flows.removeApprover"));
        remove.setId("step-remove-approver");
        remove.disableProperty().bind(approvers.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> approvers.getItems().remove(approvers.getSelectionModel().getSelectedItem()));
        CheckBox conditional = new CheckBox(messages.get("admin.flows.onlyOver"));
        conditional.setId("step-conditional");
        conditional.setSelected(step.minAmount() != null);
        TextField amount = new TextField(step.minAmount() == null ? "" : Formats.money(step.minAmount()));
        amount.setId("step-amount");
        amount.setPromptText("500,000.00");
        amount.disableProperty().bind(conditional.selectedProperty().not());
        Label amountProblem = new Label();
        amountProblem.getStyleClass().add("field-error");
        amountProblem.textProperty().bind(Bindings.createStringBinding(() -> conditional.isSelected()
                && parse(amount.getText()).isEmpty() ? messages.get("admin.flows.amountInvalid") : "",
                amount.textProperty(), conditional.selectedProperty()));
        VBox who = new VBox(6, approvers, new HBox(6, role, addRole), new HBox(6, user, addUser), remove);
        AdminDialog dialog = new AdminDialog(owner, messages, messages.get("admin.flows.step.title"), "button.ok", "step-ok")
                .row("admin.flows.stepName", name).row("admin.flows.mode", mode).row("admin.flows.approvers", who)
                .wide(new HBox(8, conditional, amount, new Label(messages.get("admin.flows.yuan"))))
                .wide(amountProblem)
                .okUnless(Bindings.createBooleanBinding(() -> name.getText().isBlank() || mode.getValue() == null
                        || !amountProblem.getText().isEmpty(), name.textProperty(), mode.valueProperty(),
                        amountProblem.textProperty()));
        if (!dialog.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new FlowStepDefinition(name.getText().strip(), mode.getValue().value(),
                List.copyOf(approvers.getItems()), conditional.isSelected() ? parse(amount.getText()).orElseThrow() : null));
    }

    private static Optional<BigDecimal> parse(String text) {
        try {
            return Formats.parseMoney(text).filter(v -> v.signum() > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

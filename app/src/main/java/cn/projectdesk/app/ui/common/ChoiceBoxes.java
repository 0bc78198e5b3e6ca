package cn.projectdesk.app.ui.common;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.org.OrgUnitRow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** Combo boxes over {@link Choice}s that stay in step with a model property of the plain value. */
public final class ChoiceBoxes {
    /** Full-width spaces keep the indentation even under Chinese glyph widths. */
    private static final String INDENT = "\u3000";

    private ChoiceBoxes() {
    }

    public static <T> ComboBox<Choice<T>> create(List<Choice<T>> choices, ObjectProperty<T> model) {
        ComboBox<Choice<T>> box = newBox();
        box.getItems().setAll(choices);
        link(box, model);
        return box;
    }

    /** Choices of every constant, each labelled by its translated name, with "all" first when given. */
    public static <E extends Enum<E>> List<Choice<E>> ofEnum(Class<E> type, Messages messages, String allLabel) {
        List<Choice<E>> choices = new ArrayList<>();
        if (allLabel != null) {
            choices.add(new Choice<>(null, allLabel));
        }
        for (E constant : type.getEnumConstants()) {
            choices.add(new Choice<>(constant, messages.of(constant)));
        }
        return choices;
    }

    /** Keeps the choices in step with a list that is loaded later (years, org units). */
    public static <S, T> void follow(ComboBox<Choice<T>> box, ObservableList<S> source, Function<S, Choice<T>> toChoice,
                                     String allLabel, ObjectProperty<T> model) {
        Runnable rebuild = () -> {
            List<Choice<T>> choices = new ArrayList<>();
            if (allLabel != null) {
                choices.add(new Choice<>(null, allLabel));
            }
            source.forEach(s -> choices.add(toChoice.apply(s)));
            box.getItems().setAll(choices);
            select(box, model.get());
        };
        source.addListener((ListChangeListener<S>) change -> rebuild.run());
        rebuild.run();
    }

    public static Choice<UUID> unitChoice(OrgUnitRow unit) {
        return new Choice<>(unit.id(), INDENT.repeat(unit.depth()) + unit.name());
    }

    private static <T> void link(ComboBox<Choice<T>> box, ObjectProperty<T> model) {
        select(box, model.get());
        box.valueProperty().addListener((o, old, choice) -> {
            if (choice != null) {
                model.set(choice.value());
            }
        });
        model.addListener((o, old, value) -> select(box, value));
    }

    public static <S, T> ComboBox<Choice<T>> following(ObservableList<S> source, Function<S, Choice<T>> toChoice,
                                                       String allLabel, ObjectProperty<T> model) {
        ComboBox<Choice<T>> box = newBox();
        follow(box, source, toChoice, allLabel, model);
        link(box, model);
        return box;
    }

    /** The closed box shows the choice without the tree indentation the open list uses. */
    private static <T> ComboBox<Choice<T>> newBox() {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Choice<T> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : item.label().strip());
            }
        });
        return box;
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        Choice<T> current = box.getValue();
        if (current != null && java.util.Objects.equals(current.value(), value)) {
            return;
        }
        box.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst()
                .ifPresentOrElse(box::setValue, () -> box.setValue(null));
    }
}

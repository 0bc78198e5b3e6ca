package cn.projectdesk.app.ui.common;

import cn.projectdesk.app.ui.i18n.Language;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** 中文 | English, each written in its own language, for the screens before sign-in. */
public final class LanguageSwitch {
    private LanguageSwitch() {
    }

    public static Node create(Language current, Consumer<Language> onLanguage) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (Language language : Language.values()) {
            ToggleButton button = new ToggleButton(language.nativeName());
            button.setId("language-" + language.tag());
            button.setToggleGroup(group);
            button.setSelected(language == current);
            button.setOnAction(e -> {
                if (language != current) {
                    onLanguage.accept(language);
                } else {
                    button.setSelected(true);
                }
            });
            box.getChildren().add(button);
        }
        HBox bar = new HBox(box);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }
}

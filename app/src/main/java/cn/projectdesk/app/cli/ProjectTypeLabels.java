package cn.projectdesk.app.cli;

import cn.projectdesk.core.project.ProjectType;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/** A project type's label in every shipped language, so scripts may write 基建 or Infrastructure. */
final class ProjectTypeLabels {
    private static final Locale[] SHIPPED = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    private ProjectTypeLabels() {
    }

    static Set<String> all(ProjectType type) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (Locale locale : SHIPPED) {
            labels.add(ResourceBundle.getBundle("i18n.cli", locale).getString("enum.ProjectType." + type.name())
                    .toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(labels);
    }
}

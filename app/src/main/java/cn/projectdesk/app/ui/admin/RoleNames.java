package cn.projectdesk.app.ui.admin;

import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.security.StandardRole;
import java.util.Arrays;

/** A role's name on screen: the translated name of a standard role, else its code. */
final class RoleNames {
    private RoleNames() {
    }

    static String of(Messages messages, String code) {
        if (code == null) {
            return "";
        }
        return Arrays.stream(StandardRole.values()).filter(r -> r.name().equals(code)).findFirst()
                .map(messages::of).orElse(code);
    }
}

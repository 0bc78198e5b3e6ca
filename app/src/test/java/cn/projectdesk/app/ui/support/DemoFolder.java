package cn.projectdesk.app.ui.support;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.setup.SetupRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A real data folder with the demo organisation, as a user would have after the first start. */
public final class DemoFolder {
    public static final String ADMIN_PASSWORD = "Admin2026";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private DemoFolder() {
    }

    public static CoreServices create(Path folder) {
        CoreServices core = CoreServices.open(folder);
        core.setup().initialize(SetupRequest.demo(ADMIN_PASSWORD.toCharArray(), TODAY));
        return core;
    }

    public static UserSession login(CoreServices core, String username) {
        String password = "admin".equals(username) ? ADMIN_PASSWORD : "Demo2026";
        return core.authentication().login(username, password.toCharArray());
    }
}

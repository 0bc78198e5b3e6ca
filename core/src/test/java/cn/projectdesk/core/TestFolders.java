package cn.projectdesk.core;

import cn.projectdesk.core.security.UserSession;
import cn.projectdesk.core.setup.SetupRequest;
import java.nio.file.Path;
import java.time.LocalDate;

/** Shared set-up for tests that need a real data folder with demo data. */
public final class TestFolders {
    public static final char[] ADMIN_PASSWORD = "Admin2026".toCharArray();
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private TestFolders() {
    }

    public static CoreServices demo(Path folder) {
        CoreServices core = CoreServices.open(folder);
        core.setup().initialize(SetupRequest.demo(ADMIN_PASSWORD.clone(), TODAY));
        return core;
    }

    public static UserSession login(CoreServices core, String username) {
        char[] password = "admin".equals(username) ? ADMIN_PASSWORD.clone() : "Demo2026".toCharArray();
        return core.authentication().login(username, password);
    }
}

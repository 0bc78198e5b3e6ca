package cn.projectdesk.app.cli;

import cn.projectdesk.core.CoreServices;
import cn.projectdesk.core.security.LoginFailedException;
import cn.projectdesk.core.security.UserSession;
import java.io.Console;
import java.nio.file.Path;

/**
 * A subcommand's data folder and signed-in user: --user NAME, password from PROJECTDESK_PASSWORD or
 * typed at a prompt. The same login and permission checks as the window.
 */
final class CliSession implements AutoCloseable {
    static final String PASSWORD_VARIABLE = "PROJECTDESK_PASSWORD";
    /** The one-time code of a user with a second factor; without it the console asks for one. */
    static final String TOTP_VARIABLE = "PROJECTDESK_TOTP";

    final CoreServices core;
    final UserSession user;

    private CliSession(CoreServices core, UserSession user) {
        this.core = core;
        this.user = user;
    }

    static CliSession open(ProjectDeskCommand top) {
        if (top.user == null || top.user.isBlank()) {
            throw new CliInputException(CliMessages.get("session.userRequired"));
        }
        char[] password = password(top.user);
        Path folder = top.dataFolder();
        CoreServices core = CoreServices.open(folder);
        try {
            if (!core.setup().isInitialized()) {
                throw new CliInputException(CliMessages.get("session.notInitialized", folder));
            }
            return new CliSession(core, login(core, top.user, password));
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
    }

    private static UserSession login(CoreServices core, String user, char[] password) {
        String code = CliEnvironment.get(TOTP_VARIABLE);
        try {
            return core.authentication().login(user, password, code);
        } catch (LoginFailedException e) {
            Console console = System.console();
            if (e.reason() != LoginFailedException.Reason.SECOND_FACTOR_REQUIRED || console == null) {
                throw e;
            }
            String typed = console.readLine(CliMessages.get("session.totpPrompt", user));
            return core.authentication().login(user, password, typed);
        }
    }

    static char[] password(String user) {
        String fromEnv = CliEnvironment.get(PASSWORD_VARIABLE);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CliInputException(CliMessages.get("session.noPassword", PASSWORD_VARIABLE));
        }
        char[] typed = console.readPassword(CliMessages.get("session.prompt", user));
        if (typed == null) {
            throw new CliInputException(CliMessages.get("session.noPassword", PASSWORD_VARIABLE));
        }
        return typed;
    }

    @Override
    public void close() {
        core.close();
    }
}

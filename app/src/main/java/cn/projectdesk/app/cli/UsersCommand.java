package cn.projectdesk.app.cli;

import cn.projectdesk.core.org.OrgUnitRow;
import cn.projectdesk.core.security.NewUser;
import cn.projectdesk.core.security.UserRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk users list|add|reset-password|disable|enable|unlock}: accounts, for administrators. */
@Command(name = "users", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class, UsersCommand.ResetPassword.class,
                UsersCommand.Disable.class, UsersCommand.Enable.class, UsersCommand.Unlock.class})
final class UsersCommand extends CommandGroup {
    static UserRow find(CliSession session, String username) {
        return session.core.users().list(session.user).stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new CliInputException(CliMessages.get("users.unknown", username)));
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", descriptionKey = "projects.list.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            try (CliSession session = CliSession.open(users.top)) {
                PrintWriter out = spec.commandLine().getOut();
                var rows = session.core.users().list(session.user);
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                            rows.stream().map(ListUsers::asJson).toList()));
                } else {
                    rows.forEach(u -> out.println(String.join("\t", u.username(), u.displayName(), u.orgUnitName(),
                            u.roleCode(), u.active() ? "active" : "disabled", u.lockedUntil() == null ? "" : "locked")));
                }
                out.flush();
                return ExitCode.OK;
            }
        }

        private static Map<String, Object> asJson(UserRow u) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", u.username());
            m.put("displayName", u.displayName());
            m.put("orgUnit", u.orgUnitName());
            m.put("role", u.roleCode());
            m.put("active", u.active());
            m.put("locked", u.lockedUntil() != null);
            return m;
        }
    }

    @Command(name = "add", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class AddUser implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;
        @Spec
        CommandSpec spec;
        @Option(names = "--username", required = true, descriptionKey = "users.username")
        String username;
        @Option(names = "--name", required = true, descriptionKey = "users.name")
        String name;
        @Option(names = "--org", required = true, descriptionKey = "users.org")
        String org;
        @Option(names = "--role", required = true, descriptionKey = "users.role")
        String role;
        @Option(names = "--password-file", required = true, descriptionKey = "users.passwordFile")
        Path passwordFile;

        @Override
        public Integer call() {
            char[] password = PasswordFile.read(passwordFile);
            try (CliSession session = CliSession.open(users.top)) {
                OrgUnitRow unit = session.core.orgUnits().find(session.user, org)
                        .orElseThrow(() -> new CliInputException(CliMessages.get("projects.create.unknownDepartment", org)));
                UserRow created = session.core.users().create(session.user, new NewUser(username, name, unit.id(), role, password));
                spec.commandLine().getOut().println(created.username());
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "reset-password", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ResetPassword implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;
        @Option(names = "--username", required = true, descriptionKey = "users.username")
        String username;
        @Option(names = "--password-file", required = true, descriptionKey = "users.passwordFile")
        Path passwordFile;

        @Override
        public Integer call() {
            char[] password = PasswordFile.read(passwordFile);
            try (CliSession session = CliSession.open(users.top)) {
                session.core.users().resetPassword(session.user, find(session, username).id(), password);
                return ExitCode.OK;
            }
        }
    }

    /** Shared shape of the one-user switches. */
    abstract static class OneUser implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;
        @Option(names = "--username", required = true, descriptionKey = "users.username")
        String username;

        abstract void apply(CliSession session, UserRow user);

        @Override
        public Integer call() {
            try (CliSession session = CliSession.open(users.top)) {
                apply(session, find(session, username));
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "disable", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Disable extends OneUser {
        @Override
        void apply(CliSession session, UserRow user) {
            session.core.users().setActive(session.user, user.id(), false);
        }
    }

    @Command(name = "enable", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Enable extends OneUser {
        @Override
        void apply(CliSession session, UserRow user) {
            session.core.users().setActive(session.user, user.id(), true);
        }
    }

    @Command(name = "unlock", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Unlock extends OneUser {
        @Override
        void apply(CliSession session, UserRow user) {
            session.core.users().unlock(session.user, user.id());
        }
    }
}

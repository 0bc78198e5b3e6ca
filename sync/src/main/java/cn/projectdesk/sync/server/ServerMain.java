package cn.projectdesk.sync.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code projectdesk-server}: without a subcommand it runs the HQ service; the subcommands set it up.
 * Settings come from options, else {@code DATA/server.properties} (jdbc.url, jdbc.user, port, host,
 * tls12, max.request.bytes, rate.per.second), else defaults. Exit codes: 0 ok, 1 failed, 2 bad input.
 */
@Command(name = "projectdesk-server", mixinStandardHelpOptions = true, version = "ProjectDesk HQ server 0.1",
        description = "ProjectDesk headquarters sync server (HTTPS, mutual TLS).",
        subcommands = {ServerMain.Init.class, ServerMain.Ca.class, ServerMain.IssueDevice.class,
                ServerMain.RevokeDevice.class, ServerMain.OrgUnitCommand.class, ServerMain.UserCommand.class,
                ServerMain.BundleCommand.class})
public final class ServerMain implements Callable<Integer> {
    @Option(names = "--data-dir", required = true, description = "The server's data folder.")
    Path dataDir;
    @Option(names = "--port", description = "HTTPS port (default 8443; 0 = any free port).")
    Integer port;
    @Option(names = "--host", description = "Address to listen on (default 0.0.0.0).")
    String host;
    @Option(names = "--jdbc-url", description = "Server database (default: embedded H2 in the data folder).")
    String jdbcUrl;
    @Option(names = "--jdbc-user", description = "Database user (password from PROJECTDESK_DB_PASSWORD).")
    String jdbcUser;
    @Option(names = "--allow-tls12", description = "Also accept TLS 1.2 (default: TLS 1.3 only).")
    Boolean allowTls12;

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-server.xml");
        }
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ServerMain());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("projectdesk-server: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Properties config = config();
        ServerSettings settings = ServerSettings.defaults(port != null ? port : Integer.parseInt(config.getProperty("port", "8443")))
                .withHost(host != null ? host : config.getProperty("host", "0.0.0.0"))
                .withTls12(allowTls12 != null ? allowTls12 : Boolean.parseBoolean(config.getProperty("tls12", "false")))
                .withLimits(Long.parseLong(config.getProperty("max.request.bytes", Long.toString(16L * 1024 * 1024))),
                        Double.parseDouble(config.getProperty("rate.per.second", "50")),
                        Double.parseDouble(config.getProperty("rate.burst", "100")));
        DeviceCa ca = new DeviceCa(dataDir);
        if (!ca.exists()) {
            throw new IllegalArgumentException("no CA in " + dataDir + ": run 'projectdesk-server --data-dir "
                    + dataDir + " ca init' first");
        }
        try (ServerStore store = openStore(); SyncServer server = new SyncServer(ca, new ServerLedger(store), settings)) {
            server.start();
            PrintWriter out = new CommandLine(this).getOut();
            out.println("projectdesk-server listening on https://" + settings.host() + ":" + server.port());
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    Thread.currentThread().interrupt();
                }
            }));
            server.join();
        }
        return 0;
    }

    Properties config() throws IOException {
        Properties config = new Properties();
        Path file = dataDir.resolve("server.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                config.load(in);
            }
        }
        return config;
    }

    ServerStore openStore() throws IOException {
        Properties config = config();
        String url = jdbcUrl != null ? jdbcUrl : config.getProperty("jdbc.url", ServerStore.defaultUrl(dataDir));
        String user = jdbcUser != null ? jdbcUser : config.getProperty("jdbc.user", url.startsWith("jdbc:h2:") ? "sa" : "");
        String password = System.getenv().getOrDefault("PROJECTDESK_DB_PASSWORD", "");
        return ServerStore.open(url, user, password);
    }

    static char[] envPassword(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("set the password in the environment variable " + variable);
        }
        return value.toCharArray();
    }

    /** Runs an administrative change on the HQ node and publishes it to the server's log. */
    <T> T onHqNode(java.util.function.Function<HqNode, T> work) throws IOException {
        try (ServerStore store = openStore(); HqNode hq = HqNode.open(dataDir)) {
            T result = work.apply(hq);
            hq.publish(new ServerLedger(store));
            return result;
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Set up headquarters: top org unit, roles, administrator.")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        ServerMain root;
        @Option(names = "--admin-password-file", required = true, description = "File holding the admin password.")
        Path passwordFile;
        @Option(names = "--office-code", defaultValue = "LJFGJ", description = "Code of the top org unit.")
        String officeCode;
        @Option(names = "--office-name", defaultValue = "临江市发展和改革局", description = "Name of the top org unit.")
        String officeName;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("cannot read the password file " + passwordFile);
            }
            char[] password = Files.readString(passwordFile).strip().toCharArray();
            root.onHqNode(hq -> {
                if (hq.initialized()) {
                    throw new IllegalArgumentException("headquarters in " + root.dataDir + " is already set up");
                }
                hq.init(password, officeCode, officeName);
                return 0;
            });
            new CommandLine(this).getOut().println("headquarters set up in " + root.dataDir);
            return 0;
        }
    }

    @Command(name = "ca", mixinStandardHelpOptions = true, description = "The server's certificate authority.",
            subcommands = Ca.CaInit.class)
    static final class Ca implements Callable<Integer> {
        @Override
        public Integer call() {
            new CommandLine(this).usage(new CommandLine(this).getErr());
            return 2;
        }

        @Command(name = "init", mixinStandardHelpOptions = true, description = "Create the CA and the server's TLS certificate.")
        static final class CaInit implements Callable<Integer> {
            @ParentCommand
            Ca ca;
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;
            @Option(names = "--server-name", split = ",", defaultValue = "localhost,127.0.0.1",
                    description = "Host names and addresses the server certificate is valid for.")
            List<String> names;

            @Override
            public Integer call() throws Exception {
                ServerMain root = (ServerMain) spec.parent().parent().userObject();
                DeviceCa created = new DeviceCa(root.dataDir);
                created.init(names, Duration.ofDays(825));
                spec.commandLine().getOut().println("CA created in " + root.dataDir.resolve("ca"));
                spec.commandLine().getOut().println("server certificate for encrypted bundles (give it to air-gapped "
                        + "offices: projectdesk bundle export --encrypt-to): " + created.serverCertificateFile());
                return 0;
            }
        }
    }

    @Command(name = "issue-device", mixinStandardHelpOptions = true,
            description = "Issue a device certificate (password from PROJECTDESK_CERT_PASSWORD).")
    static final class IssueDevice implements Callable<Integer> {
        @ParentCommand
        ServerMain root;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--org-unit", required = true, paramLabel = "OU")
        String orgUnit;
        @Option(names = "--to", required = true, paramLabel = "F.p12")
        Path to;
        @Option(names = "--days", defaultValue = "730")
        int days;

        @Override
        public Integer call() throws Exception {
            char[] password = envPassword("PROJECTDESK_CERT_PASSWORD");
            try (ServerStore store = root.openStore()) {
                DeviceRegistry devices = new DeviceRegistry(store);
                if (devices.nameTaken(name)) {
                    throw new IllegalArgumentException("a device named " + name + " exists already");
                }
                boolean known = store.inTransaction(c -> ServerLedger.orgUnitPath(c, orgUnit).isPresent());
                if (!known) {
                    throw new IllegalArgumentException("unknown org unit " + orgUnit + " (create it with 'org-unit add')");
                }
                var cert = new DeviceCa(root.dataDir).issueDevice(name, orgUnit, to, password, Duration.ofDays(days));
                devices.register(name, orgUnit, cert);
                new CommandLine(this).getOut().println("device " + name + " (" + orgUnit + ") -> " + to);
            }
            return 0;
        }
    }

    @Command(name = "revoke-device", mixinStandardHelpOptions = true, description = "Revoke a device certificate.")
    static final class RevokeDevice implements Callable<Integer> {
        @ParentCommand
        ServerMain root;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (ServerStore store = root.openStore()) {
                if (!new DeviceRegistry(store).revoke(name)) {
                    throw new IllegalArgumentException("no active device named " + name);
                }
            }
            new CommandLine(this).getOut().println("device " + name + " revoked");
            return 0;
        }
    }

    @Command(name = "org-unit", mixinStandardHelpOptions = true, description = "Org units (come down to every office).",
            subcommands = OrgUnitCommand.Add.class)
    static final class OrgUnitCommand {
        @ParentCommand
        ServerMain root;

        @Command(name = "add", mixinStandardHelpOptions = true)
        static final class Add implements Callable<Integer> {
            @ParentCommand
            OrgUnitCommand group;
            @Parameters(index = "0", paramLabel = "CODE")
            String code;
            @Option(names = "--name", required = true)
            String name;
            @Option(names = "--parent", required = true, paramLabel = "CODE")
            String parent;
            @Option(names = "--field-office", description = "A field office (own project numbering), not a department.")
            boolean fieldOffice;

            @Override
            public Integer call() throws Exception {
                group.root.onHqNode(hq -> {
                    hq.addOrgUnit(code, name, parent, fieldOffice);
                    return null;
                });
                new CommandLine(this).getOut().println("org unit " + code + " added under " + parent);
                return 0;
            }
        }
    }

    @Command(name = "user", mixinStandardHelpOptions = true, description = "User accounts (come down to every office).",
            subcommands = UserCommand.Add.class)
    static final class UserCommand {
        @ParentCommand
        ServerMain root;

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Add a user (password from PROJECTDESK_PASSWORD; admin password from PROJECTDESK_ADMIN_PASSWORD).")
        static final class Add implements Callable<Integer> {
            @ParentCommand
            UserCommand group;
            @Parameters(index = "0", paramLabel = "NAME")
            String name;
            @Option(names = "--role", required = true)
            String role;
            @Option(names = "--org-unit", required = true, paramLabel = "OU")
            String orgUnit;
            @Option(names = "--display-name")
            String displayName;

            @Override
            public Integer call() throws Exception {
                char[] password = envPassword("PROJECTDESK_PASSWORD");
                char[] admin = envPassword("PROJECTDESK_ADMIN_PASSWORD");
                group.root.onHqNode(hq -> {
                    hq.addUser(hq.login(admin), name, displayName == null ? name : displayName, role, orgUnit, password);
                    return null;
                });
                new CommandLine(this).getOut().println("user " + name + " added");
                return 0;
            }
        }
    }

    @Command(name = "bundle", mixinStandardHelpOptions = true, description = "Air-gap bundles.",
            subcommands = BundleCommand.Import.class)
    static final class BundleCommand {
        @ParentCommand
        ServerMain root;

        @Command(name = "import", mixinStandardHelpOptions = true,
                description = "Import a node's bundle (all or nothing) and write the reply bundle for it.")
        static final class Import implements Callable<Integer> {
            @ParentCommand
            BundleCommand group;
            @Parameters(index = "0", paramLabel = "FILE")
            Path file;
            @Option(names = "--reply-to", paramLabel = "F", description = "Write the reply bundle for the node here.")
            Path replyTo;

            @Override
            public Integer call() throws Exception {
                try (ServerStore store = group.root.openStore()) {
                    BundleImporter.Result result;
                    try {
                        result = new BundleImporter(new DeviceCa(group.root.dataDir), new ServerLedger(store))
                                .importBundle(file, replyTo);
                    } catch (cn.projectdesk.sync.bundle.BundleRefusedException e) {
                        new CommandLine(this).getErr().println("refused: " + e.getMessage());
                        return 1;
                    }
                    new CommandLine(this).getOut().println((result.alreadyImported() ? "already imported, nothing changed"
                            : "imported: " + result.accepted() + " changes, " + result.duplicates() + " already known")
                            + (replyTo == null ? "" : "; reply with " + result.replied() + " changes -> " + replyTo));
                }
                return 0;
            }
        }
    }
}

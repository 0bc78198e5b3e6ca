package cn.projectdesk.app.cli;

import java.util.Map;

/**
 * The environment variables a command reads (passwords, one-time codes). The process environment
 * unless {@link ProjectDeskCommand#run(String[], Map, java.io.PrintWriter, java.io.PrintWriter)} ran the
 * command with its own, which is how the integration tests run many commands in one JVM without each
 * paying a JVM and Hibernate start.
 */
final class CliEnvironment {
    private static volatile Map<String, String> variables;

    private CliEnvironment() {
    }

    static String get(String name) {
        Map<String, String> current = variables;
        return current == null ? System.getenv(name) : current.get(name);
    }

    static void use(Map<String, String> environment) {
        variables = environment == null ? null : Map.copyOf(environment);
    }
}

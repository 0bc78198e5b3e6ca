package cn.projectdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code projectdesk} commands for the integration tests. {@link #run} executes the command line
 * in this JVM with its own environment and output, which is what most tests need: the same picocli
 * tree, login, services and exit codes, without a JVM start per command. {@link #runPackaged} runs the
 * packaged {@code bin/projectdesk} as a separate process, the way administrators' scripts run it;
 * {@link ProjectDeskCliIT} uses it to keep the launcher itself covered.
 */
final class LauncherProcess {
    static final Path SCRIPT = Path.of("target", "dist", "bin", "projectdesk").toAbsolutePath();

    /** Exit code and everything printed. */
    record Result(int exitCode, String out, String err) {
    }

    private LauncherProcess() {
    }

    static Result run(Path workDir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ProjectDeskCommand.run(args, env, new PrintWriter(out), new PrintWriter(err));
        return new Result(exitCode, out.toString(), err.toString());
    }

    /**
     * A command signed in as a demo user on {@code data}: the demo's passwords ({@code Admin2026} for
     * admin, {@code Demo2026} for the others) come through the environment, as scripts pass them.
     */
    static Result asDemoUser(Path workDir, Path data, String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString(), "--user", user));
        all.addAll(List.of(args));
        return run(workDir, Map.of(CliSession.PASSWORD_VARIABLE, "admin".equals(user) ? "Admin2026" : "Demo2026"),
                all.toArray(String[]::new));
    }

    static Result runPackaged(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(CliSession.PASSWORD_VARIABLE);
        builder.environment().putAll(env);
        builder.environment().put("JAVA_OPTS", "-Duser.language=en -Duser.country=US -Dprojectdesk.logDir="
                + workDir.resolve("logs"));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finishes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

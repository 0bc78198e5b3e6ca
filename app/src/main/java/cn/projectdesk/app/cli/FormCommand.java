package cn.projectdesk.app.cli;

import cn.projectdesk.core.report.FormFontMissingException;
import cn.projectdesk.core.report.PrintedForm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code projectdesk form --request ID --out F.pdf}: prints a request's approval form (审批表) to PDF; audited. */
@Command(name = "form", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class FormCommand implements Callable<Integer> {
    @ParentCommand
    ProjectDeskCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--request", required = true, paramLabel = "ID", descriptionKey = "approvals.decide.request")
    String request;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "form.out")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", descriptionKey = "form.lang")
    String lang;

    @Override
    public Integer call() throws IOException {
        Locale locale = switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh_cn", "zh-cn" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new CliInputException(CliMessages.get("form.badLang", lang));
        };
        Path target = out.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new CliInputException(CliMessages.get("form.noFolder", target.getParent()));
        }
        try (CliSession session = CliSession.open(top)) {
            PrintedForm form;
            try {
                form = session.core.forms().print(session.user, request, locale);
            } catch (FormFontMissingException e) {
                spec.commandLine().getErr().println(CliMessages.get("cli.error", e.getMessage()));
                spec.commandLine().getErr().flush();
                return ExitCode.CHECK_FAILED;
            }
            Files.write(target, form.pdf());
            PrintWriter w = spec.commandLine().getOut();
            w.println(CliMessages.get("form.written", form.requestCode(), form.pages(), target, form.code()));
            w.flush();
            return ExitCode.OK;
        }
    }
}

package cn.projectdesk.app.cli;

import cn.projectdesk.app.cli.LauncherProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code projectdesk form} and {@code projectdesk verify-form} through the packaged launcher, on demo data. */
class FormCliIT {
    private static final Pattern CODE = Pattern.compile("([0-9A-Z]{5}-[0-9A-Z]{5})");

    @TempDir
    static Path dir;
    static Path data;

    private static Result as(String user, String... args) throws Exception {
        return LauncherProcess.asDemoUser(dir, data, user, args);
    }

    @BeforeAll
    static void initialise() throws Exception {
        data = DemoDataFolder.copyTo(dir.resolve("data"));
    }

    @Test
    void aPrintedFormMatchesUntilTheRequestIsDecidedFurther() throws Exception {
        JsonNode pending = new ObjectMapper().readTree(as("lina", "approvals", "list", "--pending", "--json").out());
        String request = pending.get(0).get("code").asText();
        Path pdf = dir.resolve("审批表.pdf");

        Result printed = as("zhangwei", "form", "--request", request, "--out", pdf.toString());
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        Matcher m = CODE.matcher(printed.out());
        assertThat(m.find()).as(printed.out()).isTrue();
        String code = m.group(1);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("付款申请审批表", request, "验证码：" + code, "张伟");
        }

        Result matches = as("zhaomin", "verify-form", code);
        assertThat(matches.exitCode()).as(matches.err()).isZero();
        assertThat(matches.out()).startsWith("matches: " + request);

        assertThat(as("lina", "approvals", "approve", "--request", request, "--opinion", "同意。").exitCode()).isZero();
        Result changed = as("zhaomin", "verify-form", code.toLowerCase());
        assertThat(changed.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(changed.out()).startsWith("does not match: " + request).contains("1");

        Result unknown = as("zhaomin", "verify-form", code.startsWith("0") ? "11111-11111" : "00000-00000");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(unknown.out()).startsWith("unknown code: ");
    }
}

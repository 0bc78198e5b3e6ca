package cn.projectdesk.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.projectdesk.app.ui.i18n.Language;
import cn.projectdesk.app.ui.i18n.Messages;
import cn.projectdesk.core.domain.ValidationException;
import cn.projectdesk.core.schedule.DependencyCycleException;
import cn.projectdesk.core.security.AccessDeniedException;
import cn.projectdesk.core.security.LoginFailedException;
import cn.projectdesk.core.security.Permission;
import cn.projectdesk.core.store.StorageException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsAndErrorsTest {
    private final ErrorMessages zh = new ErrorMessages(Messages.of(Language.CHINESE));
    private final ErrorMessages en = new ErrorMessages(Messages.of(Language.ENGLISH));

    @Test
    void moneyHasThousandsSeparatorsAndTwoDecimals() {
        assertThat(Formats.money(new BigDecimal("32750000"))).isEqualTo("32,750,000.00");
        assertThat(Formats.money(new BigDecimal("0.5"))).isEqualTo("0.50");
        assertThat(Formats.money(null)).isEmpty();
        assertThat(Formats.parseMoney("1,250,000.5")).contains(new BigDecimal("1250000.5"));
        assertThat(Formats.parseMoney("￥ 12，000")).contains(new BigDecimal("12000"));
        assertThat(Formats.parseMoney("  ")).isEmpty();
        assertThatThrownBy(() -> Formats.parseMoney("12x")).isInstanceOf(NumberFormatException.class);
        assertThat(Formats.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
    }

    @Test
    void coreRefusalsReadAsSentencesInTheUsersLanguage() {
        assertThat(zh.describe(ValidationException.of("name", "validation.required"))).isEqualTo("必填。");
        assertThat(en.describe(new AccessDeniedException("x", Permission.TASK_EDIT, null)))
                .startsWith("You are not allowed");
        assertThat(zh.describe(new DependencyCycleException(List.of("设计", "施工"))))
                .isEqualTo("以下任务将形成循环依赖：设计 → 施工 → 设计");
        assertThat(en.describe(new LoginFailedException(LoginFailedException.Reason.BAD_CREDENTIALS, null)))
                .isEqualTo("Wrong user name or password.");
        assertThat(zh.describe(new StorageException(StorageException.Reason.ALREADY_RUNNING, "in use", null, "/data")))
                .startsWith("项目工作台已在使用该数据文件夹运行。").endsWith("项目工作台已在使用数据文件夹 /data。请切换到已打开的窗口，或先将其关闭。");
        assertThat(ErrorMessages.isExpected(new IllegalStateException())).isFalse();
    }
}

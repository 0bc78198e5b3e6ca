package cn.projectdesk.app.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.projectdesk.core.project.FundingSource;
import cn.projectdesk.core.project.LifecycleStage;
import cn.projectdesk.core.project.ProjectStatus;
import cn.projectdesk.core.project.ProjectType;
import cn.projectdesk.core.security.StandardRole;
import cn.projectdesk.core.store.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and in English, and every enum the screens show has its name. */
class BundleCompletenessTest {
    private static final List<Class<? extends Enum<?>>> SHOWN_ENUMS = List.of(ProjectType.class, LifecycleStage.class,
            ProjectStatus.class, FundingSource.class, StandardRole.class,
            cn.projectdesk.core.risk.WarningRule.class, cn.projectdesk.core.risk.WarningSeverity.class,
            cn.projectdesk.core.risk.WarningStatus.class, cn.projectdesk.core.archive.DocumentType.class,
            cn.projectdesk.core.archive.AccessLevel.class,
            cn.projectdesk.core.workflow.RequestType.class, cn.projectdesk.core.workflow.RequestStatus.class,
            cn.projectdesk.core.workflow.ActionType.class,
            cn.projectdesk.core.lifecycle.GateItemKind.class, cn.projectdesk.core.change.ChangeKind.class,
            cn.projectdesk.core.change.ChangeItemKind.class,
            cn.projectdesk.core.acceptance.AcceptanceKind.class, cn.projectdesk.core.acceptance.AcceptanceOutcome.class,
            cn.projectdesk.core.acceptance.CheckResult.class, cn.projectdesk.core.performance.IndicatorCategory.class,
            cn.projectdesk.core.performance.IndicatorDimension.class, cn.projectdesk.core.performance.ScoringRule.class,
            cn.projectdesk.core.performance.Grade.class, cn.projectdesk.core.library.CandidateStatus.class,
            cn.projectdesk.core.security.Permission.class, cn.projectdesk.core.workflow.ApprovalMode.class,
            cn.projectdesk.core.org.OrgUnitKind.class);

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/errors"})
    void chineseEnglishAndFallbackHaveTheSameKeys(String bundle) throws IOException {
        Set<String> zh = keys(bundle + "_zh_CN.properties");
        Set<String> en = keys(bundle + "_en.properties");
        Set<String> fallback = keys(bundle + ".properties");
        assertThat(zh).as("keys missing in English").isSubsetOf(en);
        assertThat(en).as("keys missing in Chinese").isSubsetOf(zh);
        assertThat(fallback).as("fallback bundle").isEqualTo(en);
        assertThat(zh).isNotEmpty();
    }

    @Test
    void everyShownEnumConstantHasANameInBothLanguages() throws IOException {
        for (String file : List.of("i18n/messages_zh_CN.properties", "i18n/messages_en.properties")) {
            Set<String> keys = keys(file);
            for (Class<? extends Enum<?>> type : SHOWN_ENUMS) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(keys).as(file).contains(Messages.enumKey(constant));
                }
            }
            for (StorageException.Reason reason : StorageException.Reason.values()) {
                assertThat(keys).as(file).contains("error.storage." + reason.name());
            }
        }
    }

    @Test
    void chineseTextsAreChinese() {
        Messages zh = Messages.of(Language.CHINESE);
        assertThat(zh.of(ProjectType.INFRASTRUCTURE)).isEqualTo("基建");
        assertThat(zh.of(FundingSource.PPP)).isEqualTo("政府和社会资本合作（PPP）");
        assertThat(zh.of(StandardRole.ADMIN)).isEqualTo("系统管理员");
        assertThat(zh.error("validation.required")).isEqualTo("必填。");
        assertThat(Messages.of(Language.ENGLISH).error("validation.required")).isEqualTo("Required.");
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyShippedGateItemHasANameInBothLanguages() throws IOException {
        for (String file : List.of("i18n/messages_zh_CN.properties", "i18n/messages_en.properties")) {
            Set<String> keys = keys(file);
            for (LifecycleStage stage : LifecycleStage.values()) {
                for (cn.projectdesk.core.lifecycle.GateItemDefinition item : cn.projectdesk.core.lifecycle.DefaultGates.of(stage)) {
                    assertThat(keys).as(file).contains(cn.projectdesk.core.lifecycle.DefaultGates.labelKey(stage, item).orElseThrow());
                }
            }
        }
    }
}

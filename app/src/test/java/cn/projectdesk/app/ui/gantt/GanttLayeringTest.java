package cn.projectdesk.app.ui.gantt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layout and export stay plain Java: tested without a window, usable from the CLI without a toolkit. */
@AnalyzeClasses(packages = "cn.projectdesk.app", importOptions = ImportOption.DoNotIncludeTests.class)
class GanttLayeringTest {
    @ArchTest
    static final ArchRule layoutAndExportWithoutJavaFx = noClasses().that()
            .resideInAnyPackage("cn.projectdesk.app.ui.gantt.layout..", "cn.projectdesk.app.ui.gantt.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule layoutDoesNotKnowItsPainters = noClasses().that()
            .resideInAPackage("cn.projectdesk.app.ui.gantt.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.projectdesk.app.ui.gantt.paint..",
                    "cn.projectdesk.app.ui.gantt.export..", "org.apache.pdfbox..");
}

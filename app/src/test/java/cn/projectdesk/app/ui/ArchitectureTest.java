package cn.projectdesk.app.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app talks to core's services only: no persistence or SQL types leak into it. */
@AnalyzeClasses(packages = "cn.projectdesk.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noPersistenceInTheApp = noClasses().that().resideInAPackage("cn.projectdesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..");

    @ArchTest
    static final ArchRule undoStackIsPlainJava = noClasses().that().haveSimpleName("CommandStack")
            .or().haveSimpleName("Command")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheShell = noClasses().that()
            .resideInAnyPackage("cn.projectdesk.app.ui.projects..", "cn.projectdesk.app.ui.wbs..",
                    "cn.projectdesk.app.ui.home..", "cn.projectdesk.app.ui.settings..", "cn.projectdesk.app.ui.login..")
            .should().dependOnClassesThat().resideInAPackage("cn.projectdesk.app.ui.shell..");

    /** JavaFX words its stock buttons in the JVM's locale, not the window's: use Dialogs.ok/cancel. */
    @ArchTest
    static final ArchRule dialogButtonsComeFromOurBundles = noClasses()
            .should().accessField(javafx.scene.control.ButtonType.class, "OK")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CANCEL")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "YES")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "NO")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CLOSE")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "APPLY");
}

package cn.projectdesk.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of DESIGN §2, enforced on every build. */
@AnalyzeClasses(packages = "cn.projectdesk.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "org.controlsfx..")
            .because("core is used by the desktop app, the CLI and the headquarters server alike");

    @ArchTest
    static final ArchRule coreServesNoHttp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.sun.net.httpserver..", "jakarta.servlet..", "javax.servlet..",
                    "io.undertow..", "org.eclipse.jetty..", "io.netty..", "java.net.http..")
            .because("HTTP belongs to the sync module");

    @ArchTest
    static final ArchRule enginesWorkOnPlainData = noClasses().that().resideInAPackage("..core.schedule..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..", "..core.store..",
                    "..core.project..", "..core.calendar..")
            .because("the scheduling engine works on records and arrays, not on ORM entities");

    @ArchTest
    static final ArchRule onlyTheStoreTalksJdbc = noClasses().that().resideOutsideOfPackage("..core.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("every write must pass the change capture, which lives in the store");

    @ArchTest
    static final ArchRule nothingPrintsToTheConsole = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("core logs through SLF4J");
}

package cn.projectdesk.sync.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The merge engine stays a pure function on records; only the server knows Jetty; clients know no server. */
@AnalyzeClasses(packages = "cn.projectdesk.sync", importOptions = ImportOption.DoNotIncludeTests.class)
class SyncArchitectureTest {
    @ArchTest
    static final ArchRule mergeIsPure = noClasses().that().resideInAPackage("..sync.merge..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..",
                    "org.eclipse.jetty..", "java.net..", "..sync.server..", "..sync.client..");

    @ArchTest
    static final ArchRule onlyTheServerServesHttp = noClasses().that().resideOutsideOfPackage("..sync.server..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..");

    @ArchTest
    static final ArchRule clientsKnowNoServer = noClasses().that().resideInAnyPackage("..sync.client..", "..sync.bundle..",
                    "..sync.protocol..")
            .should().dependOnClassesThat().resideInAPackage("..sync.server..");
}

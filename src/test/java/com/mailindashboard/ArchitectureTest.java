package com.mailindashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries: one package per feature, no cycles between them, and only the gateway knows
 * Mailin's URLs, JSON and HTTP client.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.mailindashboard");
    }

    @Test
    void featureModulesHaveNoCycles() {
        slices().matching("com.mailindashboard.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheGatewayUsesTheHttpClient() {
        noClasses().that().resideOutsideOfPackage("com.mailindashboard.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web.reactive..", "reactor.netty..", "io.netty..")
                .check(classes);
    }

    @Test
    void onlyTheGatewayKnowsMailinPathsAndJson() {
        noClasses().that().resideOutsideOfPackage("com.mailindashboard.gateway..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("MailinHttp")
                .orShould().dependOnClassesThat().haveSimpleName("MailinRequest")
                .orShould().dependOnClassesThat().haveSimpleName("MailinResponse")
                .orShould().dependOnClassesThat().haveSimpleName("MailinEndpoints")
                .orShould().dependOnClassesThat().haveSimpleName("LenientJson")
                .check(classes);
    }

    @Test
    void theSandboxStandsAlone() {
        noClasses().that().resideInAPackage("com.mailindashboard.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.mailindashboard.gateway..", "com.mailindashboard.settings..", "com.mailindashboard.team..",
                        "com.mailindashboard.web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void foundationModulesDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("com.mailindashboard.audit..", "com.mailindashboard.secrets..",
                        "com.mailindashboard.csv..", "com.mailindashboard.paging..", "com.mailindashboard.text..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.mailindashboard.gateway..", "com.mailindashboard.settings..", "com.mailindashboard.team..",
                        "com.mailindashboard.web..", "com.mailindashboard.overview..", "com.mailindashboard.servers..",
                        "com.mailindashboard.account..", "com.mailindashboard.sandbox..", "com.mailindashboard.jobs..",
                        "com.mailindashboard.domains..")
                .check(classes);
    }
}

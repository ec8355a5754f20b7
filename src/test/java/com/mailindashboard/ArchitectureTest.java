package com.mailindashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.HttpURLConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The rules Spring Modulith cannot express (module boundaries, cycles and allowed dependencies are
 * proved by {@link ModulesTest}): only the gateway talks HTTP and knows Mailin's URLs and JSON.
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
    void onlyTheGatewayUsesAnHttpClient() {
        noClasses().that().resideOutsideOfPackage("com.mailindashboard.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web.reactive..", "reactor.netty..", "io.netty..", "java.net.http..",
                        "org.apache.hc..", "okhttp3..")
                .orShould().dependOnClassesThat().belongToAnyOf(
RestClient.class, RestTemplate.class, HttpURLConnection.class)
                .allowEmptyShould(false)
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
                .allowEmptyShould(false)
                .check(classes);
    }
}

package com.mailindashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries the build proves (Spring Modulith): each top-level package under
 * {@code com.mailindashboard} is a module, no cycles between modules, no use of another module's
 * internals, and each module's {@code package-info} limits what it may depend on (the foundation
 * modules and the sandbox depend on no feature). Also draws the module diagram into {@code docs/modules}.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MailinDashboardApplication.class);

    static final Path DIAGRAMS = Path.of("docs", "modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyTopLevelPackageIsAModule() throws IOException {
        Path sources = Path.of("src/main/java/com/mailindashboard");
        List<String> packages;
        try (Stream<Path> children = Files.list(sources)) {
            packages = children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(packages).contains("gateway", "sandbox", "mailboxes", "audit");
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString).sorted())
                .containsExactlyElementsOf(packages);
    }

    @Test
    void theSandboxAndTheFoundationModulesDependOnNoFeature() {
        for (String foundation : List.of("sandbox", "secrets", "csv", "paging", "text", "retry", "notices")) {
            ApplicationModule module = MODULES.getModuleByName(foundation).orElseThrow();
            assertThat(module.getBasePackage().stream()).as(foundation).isNotEmpty();
            assertThat(module.getDirectDependencies(MODULES).uniqueModules()).as(foundation).isEmpty();
        }
    }

    /**
     * Draws the diagrams into {@code target/} and copies each into {@code docs/modules} only when
     * its content changed: Modulith lists elements in no fixed order, so a diagram that merely came
     * out in another order is left as committed.
     */
    @Test
    void writesTheModuleDiagrams() throws IOException {
        Path drawn = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        String all = Files.readString(drawn.resolve("components.puml"));
        MODULES.forEach(module -> assertThat(all).contains("\"" + module.getDisplayName() + "\""));

        Files.createDirectories(DIAGRAMS);
        List<String> names;
        try (Stream<Path> files = Files.list(drawn)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".puml")).sorted().toList();
        }
        for (String name : names) {
            Path committed = DIAGRAMS.resolve(name);
            if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(drawn.resolve(name)))) {
                Files.copy(drawn.resolve(name), committed, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path stale : files.filter(p -> !names.contains(p.getFileName().toString())).toList()) {
                Files.delete(stale);
            }
        }
        assertThat(names).contains("components.puml", "module-gateway.puml", "module-mailboxes.puml");
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}

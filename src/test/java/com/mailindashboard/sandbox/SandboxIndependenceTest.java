package com.mailindashboard.sandbox;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sandbox mimics Mailin on its own: it uses none of the application's other packages. */
class SandboxIndependenceTest {

    @Test
    void theSandboxDependsOnNoOtherApplicationPackage() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.mailindashboard");

        noClasses().that().resideInAPackage("com.mailindashboard.sandbox..")
                .should().dependOnClassesThat(resideInAPackage("com.mailindashboard..")
                        .and(not(resideInAPackage("com.mailindashboard.sandbox.."))))
                .check(classes);
    }
}

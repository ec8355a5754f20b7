package com.mailindashboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The catalog is complete: every row of {@code endpoints.md} is an operation, and every
 * operation has a client method and at least one contract test.
 */
class CatalogCoverageTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]\\d{1,2}) \\|", Pattern.MULTILINE);

    @Test
    void everyCatalogRowIsAnOperation() throws IOException {
        Path catalog = Stream.of("../shared/mailin-api/endpoints.md", "src/test/resources/mailin/endpoints.md")
                .map(Path::of).filter(Files::exists).findFirst().orElseThrow();
        Matcher matcher = ROW.matcher(Files.readString(catalog));
        Set<String> rows = new TreeSet<>();
        while (matcher.find()) {
            rows.add(matcher.group(1));
        }
        Set<String> operations = Arrays.stream(MailinOperation.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).hasSize(71);
        assertThat(operations).isEqualTo(rows);
    }

    @Test
    void everyOperationHasAClientMethod() {
        Set<MailinOperation> implemented = EnumSet.noneOf(MailinOperation.class);
        for (Class<?> client : classesIn(Component.class)) {
            for (Method method : client.getDeclaredMethods()) {
                CatalogOperation annotation = method.getAnnotation(CatalogOperation.class);
                if (annotation != null) {
                    implemented.add(annotation.value());
                }
            }
        }
        Set<MailinOperation> missing = EnumSet.allOf(MailinOperation.class);
        missing.removeAll(implemented);
        assertThat(missing).as("operations without a @CatalogOperation client method").isEmpty();
    }

    @Test
    void everyOperationHasAContractTest() throws ClassNotFoundException {
        Set<MailinOperation> covered = EnumSet.noneOf(MailinOperation.class);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("ContractTest"));
        for (var candidate : scanner.findCandidateComponents("com.mailindashboard.gateway")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                Covers covers = method.getAnnotation(Covers.class);
                if (covers != null) {
                    covered.add(covers.value());
                }
            }
        }
        Set<MailinOperation> missing = EnumSet.allOf(MailinOperation.class);
        missing.removeAll(covered);
        assertThat(missing).as("operations without a @Covers contract test").isEmpty();
    }

    private static Set<Class<?>> classesIn(Class<? extends java.lang.annotation.Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("com.mailindashboard.gateway").stream()
                .map(bean -> {
                    try {
                        return (Class<?>) Class.forName(bean.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }
}

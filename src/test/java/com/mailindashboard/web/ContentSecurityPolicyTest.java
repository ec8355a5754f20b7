package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.mailindashboard.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7 item 23: a CSP without inline styles, with base-uri, object-src and form-action locked,
 * a Permissions-Policy, and templates that need nothing the policy forbids.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ContentSecurityPolicyTest {

    private static final Pattern INLINE_STYLE = Pattern.compile("\\s(th:)?style\\s*=|<style[\\s>]");

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageCarriesTheStrictPolicyAndAPermissionsPolicy() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();

        String csp = page.getHeader("Content-Security-Policy");
        assertThat(csp).contains("base-uri 'none'", "object-src 'none'", "form-action 'self'", "style-src 'self'",
                "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()",
                "payment=()");
        assertThat(page.getContentAsString()).doesNotContainPattern(INLINE_STYLE)
                .contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\": false}'>");
    }

    @Test
    void noTemplateUsesAnInlineStyle() throws Exception {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            offenders = files.filter(f -> f.toString().endsWith(".html")).filter(f -> {
                try {
                    return INLINE_STYLE.matcher(Files.readString(f)).find();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
        assertThat(Files.readString(Path.of("frontend-assets/css/app.css"))).contains(".w-pct-0 {", ".w-pct-100 {");
    }
}

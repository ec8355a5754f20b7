package com.mailindashboard.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.support.WireMockMailin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the domain page tests share: the application pointed at WireMock (reset before each test),
 * MockMvc, an operator and a viewer, and readers for operation keys and documented Mailin bodies.
 * Subclasses carry {@code @IntegrationTest @AutoConfigureMockMvc}, so they share one context.
 */
abstract class DomainPageTestSupport {

    static final WireMockServer mailin = WireMockMailin.server();
    static final RequestPostProcessor OPERATOR = user("op@team.test").roles("OPERATOR");
    static final RequestPostProcessor VIEWER = user("viewer@team.test").roles("VIEWER");
    private static final Pattern KEY = Pattern.compile("name=\"operationKey\" value=\"([0-9a-f-]{36})\"");

    @DynamicPropertySource
    static void mailin(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resetMailin() {
        WireMockMailin.reset();
    }

    /** The operation key a rendered form carries, or null. */
    static String key(String page) {
        Matcher matcher = KEY.matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A documented Mailin body from {@code src/test/resources/mailin/}. */
    static String documented(String file) throws IOException {
        try (InputStream in = DomainPageTestSupport.class.getResourceAsStream("/mailin/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** How many domain-level audit events match (action, then a where clause on audit_event). */
    long audited(String action, String where, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = action;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and " + where, Long.class, all);
    }
}

package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the domain page tests: the whole application (one shared context) with Mailin played by
 * WireMock, answering with the vendor's documented bodies from {@code src/test/resources/mailin/}.
 */
@IntegrationTest
@AutoConfigureMockMvc
abstract class DomainPageSupport {

    static final WireMockServer mailin = WireMockMailin.server();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void mailin(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
    }

    @BeforeEach
    void resetMailin() {
        WireMockMailin.reset();
    }

    static RequestPostProcessor operator() {
        return user("op@team.test").roles("OPERATOR");
    }

    static RequestPostProcessor viewer() {
        return user("viewer@team.test").roles("VIEWER");
    }

    /** A page of the dashboard that must render (200), as HTML. */
    String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** Mailin answering with a documented body. */
    static ResponseDefinitionBuilder documented(int status, String file) {
        return aResponse().withStatus(status).withBody(documented(file));
    }

    /** A documented Mailin body, byte for byte. */
    static String documented(String file) {
        try (InputStream in = DomainPageSupport.class.getResourceAsStream("/mailin/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No documented body mailin/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.mailindashboard.support;

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

/**
 * Base of page tests: the whole application on PostgreSQL (one shared context), pages through
 * MockMvc, and Mailin played by {@link WireMockMailin}, reset before each test.
 */
@IntegrationTest
@AutoConfigureMockMvc
public abstract class WireMockPageTest {

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void pointAtWireMock(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
    }

    @BeforeEach
    void resetMailin() {
        WireMockMailin.reset();
    }

    /** A documented Mailin body from {@code src/test/resources/mailin/}, byte for byte. */
    protected static String documented(String file) {
        try (InputStream in = WireMockPageTest.class.getResourceAsStream("/mailin/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No documented body mailin/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

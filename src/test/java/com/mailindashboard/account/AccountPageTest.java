package com.mailindashboard.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.WireMockMailin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The account page (U1) says what a person would write. */
@IntegrationTest
@AutoConfigureMockMvc
class AccountPageTest {

    static final WireMockServer mailin = WireMockMailin.server();

    @DynamicPropertySource
    static void mailin(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void resetMailin() {
        WireMockMailin.reset();
    }

    @Test
    void theAccountPageShowsDatesAsWrittenAndSaysWhatMailboxSlotsAre() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/users/1")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\": 1, \"first_name\": \"Ada\", \"last_name\": \"Ops\", \"mailboxes_slots\": 50,"
                        + " \"email_verified_at\": \"2023-10-27T10:00:00.000000Z\","
                        + " \"created_at\": \"2023-10-26T09:30:15.123456Z\"}")));

        String html = mvc.perform(MockMvcRequestBuilders.get("/account").with(user("viewer@team.test").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("data-test=\"account-created\">2023-10-26 09:30 UTC<")
                .contains("data-test=\"account-verified\">Yes, on 2023-10-27 10:00 UTC<")
                .contains("data-test=\"account-slots\">50<").contains("How many mailboxes your Mailin plan includes")
                .doesNotContain("000000Z").doesNotContain("123456Z");
    }
}

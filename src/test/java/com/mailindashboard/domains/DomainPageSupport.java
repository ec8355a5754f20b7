package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.mailindashboard.support.WireMockMailin;
import com.mailindashboard.support.WireMockPageTest;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the domain page tests: the whole application (one shared context) with Mailin played by
 * WireMock, answering with the vendor's documented bodies from {@code src/test/resources/mailin/}.
 */
abstract class DomainPageSupport extends WireMockPageTest {

    static final WireMockServer mailin = WireMockMailin.server();


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
}

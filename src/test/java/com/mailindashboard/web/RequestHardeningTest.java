package com.mailindashboard.web;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mailindashboard.support.WireMockMailin;
import com.mailindashboard.support.WireMockPageTest;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 7 item 22 (the Host header part is in ForwardedHeadersServerTest): the CSRF token is accepted from the
 * body or the header but not from the query string, and non-positive server ids are refused
 * without asking Mailin.
 */
class RequestHardeningTest extends WireMockPageTest {

    private static final RequestPostProcessor OPERATOR = user("op@team.test").roles("OPERATOR");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Test
    void aCsrfTokenInTheQueryStringIsRefusedButTheSameTokenInTheBodyIsAccepted() throws Exception {
        // the token lives in the session (in the database); its cookie carries it to the next requests
        MockHttpServletResponse form = mvc.perform(get("/profile/password").with(OPERATOR)).andReturn().getResponse();
        Cookie session = form.getCookie("SESSION");
        Matcher token = CSRF.matcher(form.getContentAsString());
        assertThat(token.find()).isTrue();

        assertThat(mvc.perform(post("/logout?_csrf=" + token.group(1)).cookie(session).with(OPERATOR))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/logout?%5Fcsrf=" + token.group(1)).cookie(session).with(OPERATOR))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/logout").param("_csrf", token.group(1)).cookie(session).with(OPERATOR))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
    }

    /** Issue 7 item 9: past the page deadline the page says Mailin is slow and offers to try again. */
    /** A page deadline short enough to see (the default is 10 s); a context of its own. */
    @DynamicPropertySource
    static void shortPageDeadline(DynamicPropertyRegistry registry) {
        registry.add("mailin.page-deadline", () -> "2500ms");
    }

    @Test
    void aSlowMailinGivesASlowPageWithARetryLinkWithinThePageDeadline() throws Exception {
        // logged in to Mailin already, as on a running dashboard (the first login of a cold start is slow)
        WireMockMailin.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(WireMockMailin.PUBLIC + "/users/1"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withBody("{\"id\": 1, \"org_name\": \"Warm Co\"}")));
        mvc.perform(get("/account").with(OPERATOR));
        WireMockMailin.server().resetRequests();
        WireMockMailin.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(WireMockMailin.PUBLIC + "/servers"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withFixedDelay(4000).withBody("[]")));

        MockHttpServletResponse page = mvc.perform(get("/servers?sort=name").with(OPERATOR)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(504);
        assertThat(page.getContentAsString()).contains("Mailin is slow to answer")
                .contains("data-test=\"mailin-retry\"").contains("href=\"/servers?sort=name\"");
        // 1.5 s per attempt, 2.5 s in all: two attempts, not the four a background read would make
        assertThat(WireMockMailin.server().countRequestsMatching(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                        WireMockMailin.PUBLIC + "/servers")).build()).getCount()).isLessThanOrEqualTo(2);
    }

    @Test
    void nonPositiveServerIdsAreRefusedLocally() throws Exception {
        for (String id : new String[] {"-1", "0", "00"}) {
            assertThat(mvc.perform(get("/servers/" + id).with(OPERATOR)).andReturn().getResponse().getStatus())
                    .as(id).isEqualTo(404);
        }
        WireMockMailin.server().verify(0, anyRequestedFor(urlMatching(".*/servers/.*")));
    }
}

package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code /domains/{id}}: the D4 and D12 panels and the D13, D14, D15, D7 and D11 actions, against WireMock. */
class DomainDetailPageTest extends DomainPageSupport {

    private static final String D4 = PUBLIC + "/domains/1";
    private static final String D12 = PUBLIC + "/domains/1/rate-limit";
    private static final String D13 = PUBLIC + "/domains/forward";
    private static final String D14 = PUBLIC + "/domains/remove/forward";
    private static final String D15 = PUBLIC + "/domains/email/forward";
    private static final String D7 = PUBLIC + "/domains/add/subdomain";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void documentedDomain() {
        mailin.stubFor(get(D4).willReturn(documented(200, "D4-domain.json")));
        mailin.stubFor(get(D12).willReturn(documented(200, "D12-rate-limit.json")));
    }

    @Test
    void thePageShowsEveryFieldTheNameServersWithCopyButtonsAndTheRateLimit() throws Exception {
        String html = page("/domains/1", operator());

        assertThat(html).contains("<h1 class=\"h3 mt-2\" data-test=\"domain-name\">example.com</h1>")
                .contains("data-test=\"domain-status\"><span class=\"badge text-bg-success\">Active</span>")
                .contains("data-test=\"domain-ns-status\"><span class=\"badge text-bg-success\">Pointing to Mailin</span>")
                .as("main_domain 1 is this domain").contains("data-test=\"domain-main\">This domain<")
                .contains("data-test=\"domain-provider\">dynadot<", ">string<")
                .contains("data-test=\"domain-created\" title=\"2023-10-27T10:00:00.000000Z\">2023-10-27<")
                .contains("<code class=\"fs-6\">ns1.mailin.ai</code>", "data-copy=\"ns1.mailin.ai\"", "data-copy=\"ns2.mailin.ai\"")
                .contains("data-copy=\"ns1.mailin.ai\nns2.mailin.ai\"")
                .contains("data-test=\"rate-limit\">500 / d<")
                .contains("data-test=\"forward-form\"", "data-test=\"removeForward-form\"", "data-test=\"emailForward-form\"")
                .contains("data-test=\"subdomain-form\"", "data-test=\"delete-form\"")
                .contains("Deleting example.com also deletes all its mailboxes, for good.")
                .contains("Enter only the prefix: sales adds sales.example.com.");
        mailin.verify(1, RequestPatternBuilder.newRequestPattern().withUrl(D4));
        mailin.verify(1, RequestPatternBuilder.newRequestPattern().withUrl(D12));
    }

    @Test
    void aViewerSeesThePanelsButNoActions() throws Exception {
        String html = page("/domains/1", viewer());

        assertThat(html).contains("data-test=\"domain-details\"", "data-test=\"rate-limit\">500 / d<")
                .doesNotContain("data-test=\"domain-actions\"", "data-test=\"delete-form\"", "data-test=\"forward-form\"");
    }

    @Test
    void aFailingRateLimitDegradesOnlyItsPanel() throws Exception {
        mailin.stubFor(get(D12).willReturn(aResponse().withStatus(500).withBody("{\"message\": \"down\"}")));

        String html = page("/domains/1", operator());

        assertThat(html).contains("data-test=\"domain-details\"", "data-test=\"mailin-problem\"", "Mailin is unavailable")
                .contains("data-test=\"delete-form\"")
                .doesNotContain("data-test=\"rate-limit\"");
    }

    @Test
    void aFailingDomainReadDegradesItsPanelAndHidesTheActions() throws Exception {
        mailin.stubFor(get(D4).willReturn(aResponse().withStatus(500).withBody("{\"message\": \"down\"}")));

        String html = page("/domains/1", operator());

        assertThat(html).contains("data-test=\"domain-name\">Domain #1<", "Mailin is unavailable")
                .contains("data-test=\"rate-limit\">500 / d<")
                .doesNotContain("data-test=\"domain-details\"", "data-test=\"domain-actions\"", "data-test=\"nameservers-panel\"");
    }

    @Test
    void aDomainMailinDoesNotKnowIsNotFoundOrNotYours() throws Exception {
        mailin.stubFor(get(PUBLIC + "/domains/404").willReturn(aResponse().withStatus(404)
                .withBody("{\"message\": \"Domain not found.\"}")));

        String html = mvc.perform(MockMvcRequestBuilders.get("/domains/404").with(operator()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Not found or not yours");
        String asAdmin = mvc.perform(MockMvcRequestBuilders.get("/domains/404")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("admin@team.test").roles("ADMIN")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(asAdmin).as("the way out is the list, not the settings")
                .contains("data-test=\"problem-back-to-list\"", "href=\"/domains\"", "Back to the domains")
                .doesNotContain("Open the Mailin settings");
    }

    @Test
    void forwardingToADomainSendsD13AndRedirectsWithAFlash() throws Exception {
        mailin.stubFor(post(D13).willReturn(documented(200, "D13-forward.json")));

        submit("/domains/1/forward", "forwardTo", " Other-Site.com ")
                .andExpect(redirectedUrl("/domains/1"))
                .andExpect(flash().attribute("flashSuccess", "example.com now forwards to other-site.com."));

        mailin.verify(1, postRequestedFor(urlEqualTo(D13))
                .withRequestBody(equalToJson("{\"domain_id\": 1, \"forward_to\": \"other-site.com\"}")));
    }

    @Test
    void removingTheForwardingSendsD14() throws Exception {
        mailin.stubFor(post(D14).willReturn(documented(200, "D14-forward-remove.json")));

        mvc.perform(MockMvcRequestBuilders.post("/domains/1/forward/remove").with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/domains/1"))
                .andExpect(flash().attribute("flashSuccess", "The forwarding of example.com was removed."));

        mailin.verify(1, postRequestedFor(urlEqualTo(D14)).withRequestBody(equalToJson("{\"domain_id\": 1}")));
    }

    @Test
    void forwardingTheEmailSendsD15() throws Exception {
        mailin.stubFor(post(D15).willReturn(documented(200, "D15-email-forward.json")));

        submit("/domains/1/email-forward", "forwardToEmail", "inbox@example.org")
                .andExpect(redirectedUrl("/domains/1"))
                .andExpect(flash().attribute("flashSuccess", "Email for example.com is now forwarded to inbox@example.org."));

        mailin.verify(1, postRequestedFor(urlEqualTo(D15))
                .withRequestBody(equalToJson("{\"domain_id\": 1, \"forward_to\": \"inbox@example.org\"}")));
    }

    @Test
    void addingASubdomainSendsD7WithThisDomainAsParent() throws Exception {
        mailin.stubFor(post(D7).willReturn(documented(201, "D7-subdomain.json")));

        submit("/domains/1/subdomain", "subdomain", "sales")
                .andExpect(redirectedUrl("/domains/1"))
                .andExpect(flash().attribute("flashSuccess",
                        "Mailin accepted the subdomain sales.example.com; it is set up shortly."));

        mailin.verify(1, postRequestedFor(urlEqualTo(D7))
                .withRequestBody(equalToJson("{\"subdomain\": \"sales\", \"domain\": \"example.com\"}")));
    }

    @Test
    void deletingAfterTypingTheNameSendsD11AndGoesBackToTheList() throws Exception {
        mailin.stubFor(delete(D4).willReturn(documented(200, "D11-delete.json")));
        long before = domainAuditEvents("domain.delete");

        submit("/domains/1/delete", "confirmName", "example.com")
                .andExpect(redirectedUrl("/domains"))
                .andExpect(flash().attribute("flashSuccess", "example.com and its mailboxes were deleted."));

        mailin.verify(1, deleteRequestedFor(urlEqualTo(D4)));
        assertThat(domainAuditEvents("domain.delete")).isEqualTo(before + 1);
    }

    @Test
    void aWrongConfirmationDeletesNothing() throws Exception {
        String html = submit("/domains/1/delete", "confirmName", "example.co")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("data-test=\"error-confirmName\"", "This is not the domain name. Type example.com exactly.")
                .contains("value=\"example.co\"");
        mailin.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void badInputShowsTheErrorNextToTheFieldKeepsItAndCallsNoWrite() throws Exception {
        assertThat(rejected("/domains/1/forward", "forwardTo", "not a domain"))
                .contains("data-test=\"error-forwardTo\"", "Enter a domain name such as example.com.", "value=\"not a domain\"");
        assertThat(rejected("/domains/1/forward", "forwardTo", ""))
                .contains("Enter the domain to forward to.");
        assertThat(rejected("/domains/1/forward", "forwardTo", " Example.COM "))
                .contains("data-test=\"error-forwardTo\"", "example.com cannot forward to itself", "value=\"Example.COM\"");
        assertThat(rejected("/domains/1/forward", "forwardTo", "www.example.com"))
                .contains("data-test=\"error-forwardTo\"", "example.com cannot forward to itself");
        assertThat(rejected("/domains/1/email-forward", "forwardToEmail", "inbox.example.org"))
                .contains("data-test=\"error-forwardToEmail\"", "Enter an email address such as name@example.com.")
                .contains("value=\"inbox.example.org\"");
        assertThat(rejected("/domains/1/subdomain", "subdomain", "Sales_Team"))
                .contains("data-test=\"error-subdomain\"", "Use 1 to 63 lowercase letters, digits or hyphens")
                .contains("value=\"Sales_Team\"");
        assertThat(rejected("/domains/1/subdomain", "subdomain", "a".repeat(64))).contains("data-test=\"error-subdomain\"");
        assertThat(rejected("/domains/1/delete", "confirmName", " ")).contains("Type the domain name to confirm.");

        mailin.verify(0, postRequestedFor(urlEqualTo(D13)));
        mailin.verify(0, postRequestedFor(urlEqualTo(D15)));
        mailin.verify(0, postRequestedFor(urlEqualTo(D7)));
        mailin.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void mailinsRefusalIsShownNextToTheFormWithTheInputKept() throws Exception {
        mailin.stubFor(post(D7).willReturn(documented(422, "D7-subdomain-422-exists.json")));

        String html = rejected("/domains/1/subdomain", "subdomain", "sales");

        assertThat(html).contains("data-test=\"problem-subdomain\"", "Mailin did not accept the input", "Subdomain already exists.")
                .contains("value=\"sales\"", "data-test=\"rate-limit\">500 / d<");
        mailin.verify(1, postRequestedFor(urlEqualTo(D7)));
    }

    @Test
    void aViewerCannotPostAnyAction() throws Exception {
        String[][] actions = {{"/domains/1/forward", "forwardTo", "other.com"}, {"/domains/1/forward/remove", "x", "y"},
                {"/domains/1/email-forward", "forwardToEmail", "a@example.org"},
                {"/domains/1/subdomain", "subdomain", "sales"}, {"/domains/1/delete", "confirmName", "example.com"}};
        for (String[] action : actions) {
            mvc.perform(MockMvcRequestBuilders.post(action[0]).param(action[1], action[2]).with(viewer()).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mailin.verify(0, anyRequestedFor(anyUrl()));
    }


    private ResultActions submit(String url, String field, String value) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).param(field, value);
        return mvc.perform(request.with(operator()).with(csrf()));
    }

    /** The page shown again for a submission that did not go through. */
    private String rejected(String url, String field, String value) throws Exception {
        return submit(url, field, value).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long domainAuditEvents(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_label = 'example.com'"
                + " and upstream_status = 200", Long.class, action);
    }
}

package com.mailindashboard.domains;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code /domains}, {@code /domains/google} and {@code /domains/inboxkit} against WireMock with the documented lists. */
class DomainListPageTest extends DomainPageSupport {

    private static final String D3 = PUBLIC + "/domains";
    private static final String G1 = PUBLIC + "/domains/list/google";
    private static final String D2 = PUBLIC + "/domains/get/inboxkit-domains";

    @Test
    void theUrlStateIsForwardedToMailinAndTheRowsShowBadgesProviderAndDay() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(D3)).willReturn(documented(200, "D3-domains.json")));

        String html = page("/domains?page=2&per_page=50&name=exam", viewer());

        mailin.verify(1, getRequestedFor(urlPathEqualTo(D3)).withQueryParam("page", equalTo("2"))
                .withQueryParam("per_page", equalTo("50")).withQueryParam("name", equalTo("exam")));
        assertThat(html)
                .contains("data-test=\"domain-row-example.com\"", "href=\"/domains/1\"", "href=\"/domains/2\"")
                .contains("<span class=\"badge text-bg-success\">Active</span>")
                .contains("<span class=\"badge text-bg-warning\">Pending</span>")
                .contains("<td>dynadot</td>", "<td>godaddy</td>", "<td>example.com</td>")
                .contains(">2023-10-27<", ">2023-10-28<")
                .doesNotContain("2023-10-27T10:00")
                .contains("50 domains in total", "Page 2 of 5")
                .contains("href=\"/domains?page=1&amp;per_page=50&amp;name=exam\"")
                .contains("href=\"/domains?page=3&amp;per_page=50&amp;name=exam\"")
                .contains("name=\"name\" class=\"form-control\" maxlength=\"253\" value=\"exam\"")
                .contains("<option value=\"50\" selected=\"selected\">50</option>");
        assertThat(html.split("badge text-bg-success").length - 1).isEqualTo(2);
    }

    @Test
    void anUnknownPageSizeBecomes15AndAnUnusablePageTheFirst() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(D3)).willReturn(documented(200, "D3-domains.json")));

        String html = page("/domains?page=abc&per_page=20&name=", operator());
        page("/domains?page=-3&per_page=100", operator());

        mailin.verify(getRequestedFor(urlPathEqualTo(D3)).withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("15")).withQueryParam("name", absent()));
        mailin.verify(getRequestedFor(urlPathEqualTo(D3)).withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("100")));
        mailin.verify(0, getRequestedFor(urlPathEqualTo(D3)).withQueryParam("per_page", equalTo("20")));
        assertThat(html).contains("Page 1 of 5", "href=\"/domains?page=2&amp;per_page=15\"")
                .doesNotContain("data-test=\"domain-previous\"")
                .contains("<option value=\"15\" selected=\"selected\">15</option>");
    }

    @Test
    void theLastPageHasNoNextLink() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(D3)).willReturn(documented(200, "D3-domains.json")));

        String html = page("/domains?page=5", operator());

        assertThat(html).contains("Page 5 of 5", "href=\"/domains?page=4&amp;per_page=15\"")
                .doesNotContain("data-test=\"domain-next\"");
    }

    @Test
    void aPagePastTheLastShowsTheLastPageAndSaysSo() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(D3)).withQueryParam("page", equalTo("999")).willReturn(aResponse()
                .withStatus(200).withBody("{\"current_page\": 999, \"data\": [], \"last_page\": 5, \"per_page\": 15,"
                        + " \"total\": 70}")));
        mailin.stubFor(get(urlPathEqualTo(D3)).withQueryParam("page", equalTo("5")).willReturn(documented(200, "D3-domains.json")));

        String html = page("/domains?page=999", operator());

        mailin.verify(getRequestedFor(urlPathEqualTo(D3)).withQueryParam("page", equalTo("5")));
        assertThat(html).contains("data-test=\"domain-row-example.com\"", "Page 5 of 5")
                .contains("There is no page 999: this is the last page (5).")
                .contains("href=\"/domains?page=4&amp;per_page=15\"").doesNotContain("data-test=\"domain-next\"");
    }

    @Test
    void googleDomainsComeFromG1AndLinkToTheirPages() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(G1)).willReturn(documented(200, "G1-google-domains.json")));

        String html = page("/domains/google?per_page=100&name=example", operator());

        mailin.verify(1, getRequestedFor(urlPathEqualTo(G1)).withQueryParam("per_page", equalTo("100"))
                .withQueryParam("name", equalTo("example")).withQueryParam("page", equalTo("1")));
        mailin.verify(0, getRequestedFor(urlPathEqualTo(D3)));
        assertThat(html).contains("<h1 class=\"h3 me-auto mb-0\">Google domains</h1>", "href=\"/domains/1\"", "Page 1 of 5")
                .contains("class=\"nav-link active\" href=\"/domains/google\" aria-current=\"page\" data-test=\"domain-tab-google\"")
                .contains("href=\"/domains/google?page=2&amp;per_page=100&amp;name=example\"")
                .contains("href=\"/domains\"", "href=\"/domains/inboxkit\"");
    }

    @Test
    void inboxkitDomainsComeFromD2WithoutDetailLinks() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(D2)).willReturn(documented(200, "D2-inboxkit-domains.json")));

        String html = page("/domains/inboxkit", operator());

        mailin.verify(1, getRequestedFor(urlPathEqualTo(D2)).withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("15")));
        assertThat(html).contains("<span>example.com</span>", "<td>inboxkit</td>", "Pending", "Active")
                .doesNotContain("href=\"/domains/1\"")
                .contains("data-test=\"domain-tab-inboxkit\"", "href=\"/domains/inboxkit?page=2&amp;per_page=15\"");
    }

    @Test
    void anEmptyResultSaysSoAndKeepsTheTypedName() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(D3)).willReturn(aResponse().withStatus(200)
                .withBody("{\"current_page\": 1, \"data\": [], \"per_page\": 15, \"total\": 0}")));

        String html = page("/domains?name=nothing-like-this", operator());

        assertThat(html).contains("No domain name contains \u201cnothing-like-this\u201d.", "No domains in total", "Page 1 of 1")
                .contains("value=\"nothing-like-this\"")
                .doesNotContain("data-test=\"domain-table\"", "data-test=\"domain-next\"");
    }

    @Test
    void aFailingListDegradesToAProblemWhileTabsAndFilterStay() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(D3)).willReturn(aResponse().withStatus(500).withBody("{\"message\": \"boom\"}")));

        String html = page("/domains?name=keep-me", operator());

        assertThat(html).contains("data-test=\"mailin-problem\"", "Mailin is unavailable", "data-test=\"domain-tabs\"")
                .contains("value=\"keep-me\"")
                .doesNotContain("data-test=\"domain-pagination\"");
    }

    @Test
    void aStatusWordMailinInventsIsShownAsSentAndEscapedAndNothingAtAllIsUnknown() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(D3)).willReturn(aResponse().withStatus(200).withBody("""
                {"current_page": 1, "data": [
                  {"id": 7, "name": "odd.com", "status": "<b>Suspended</b>", "name_server_status": null}],
                 "last_page": 1, "per_page": 15, "total": 1}""")));

        String html = page("/domains", operator());

        assertThat(html).contains("<span class=\"badge text-bg-secondary\">&lt;b&gt;Suspended&lt;/b&gt;</span>")
                .contains("<span class=\"badge text-bg-light\">Unknown</span>")
                .doesNotContain("<b>Suspended</b>", "md:status-badge");
    }
}

package com.mailindashboard.mailboxes;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code /mailboxes} and {@code /mailboxes/google}: query forwarding, paging, roles and bulk deletion. */
@IntegrationTest
@AutoConfigureMockMvc
class MailboxListPageTest extends MailboxPages {

    @Autowired
    MessageSource messages;

    private static final String M1 = PUBLIC + "/mailboxes";
    private static final String G5 = PUBLIC + "/mailboxes/list/google";

    @Test
    void theSmtpListForwardsTheFilterAndShowsEachMailbox() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).willReturn(ok(body("M1-mailboxes.json"))));

        String html = page(MockMvcRequestBuilders.get("/mailboxes").param("name", " john ").param("size", "50")
                .param("page", "2").with(viewer()));

        MAILIN.verify(getRequestedFor(urlPathEqualTo(M1)).withQueryParam("page", equalTo("2"))
                .withQueryParam("per_page", equalTo("50")).withQueryParam("name", equalTo("john")));
        assertThat(html).contains("john.doe@example.com", "jane.doe@example.com", "Jane Doe")
                .contains("href=\"/mailboxes/101\"", "href=\"/mailboxes/102\"")
                .contains("text-bg-success", ">Active<", ">example.com<", ">50<", "2023-10-27")
                .contains("2 mailboxes found", "Page 1 of 1")
                .contains("value=\" john \"", "<option value=\"50\" selected=\"selected\">50</option>");
    }

    @Test
    void unknownPageSizesFallBackTo15AndUnusablePagesTo1() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).willReturn(ok(body("M1-mailboxes.json"))));

        page(MockMvcRequestBuilders.get("/mailboxes").param("size", "33").param("page", "x").with(viewer()));
        page(MockMvcRequestBuilders.get("/mailboxes").param("size", "100").param("page", "-4").with(viewer()));

        MAILIN.verify(getRequestedFor(urlPathEqualTo(M1)).withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("15")).withQueryParam("name", absent()));
        MAILIN.verify(getRequestedFor(urlPathEqualTo(M1)).withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("100")));
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPage() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).withQueryParam("page", equalTo("9"))
                .willReturn(ok(list(9, 3, 32))));
        MAILIN.stubFor(get(urlPathEqualTo(M1)).withQueryParam("page", equalTo("3"))
                .willReturn(ok(list(3, 3, 32, row(131, "last@example.com", "Active", "50")))));

        String html = page(MockMvcRequestBuilders.get("/mailboxes").param("page", "9").param("name", "a b&c")
                .with(viewer()));

        assertThat(html).contains("last@example.com", "Page 3 of 3")
                .contains("href=\"/mailboxes?name=a+b%26c&amp;size=15&amp;page=2\"")
                .doesNotContain("data-test=\"mailbox-next\"")
                .as("the page says it showed the last page").contains("data-test=\"mailbox-past-last\"")
                .contains("There is no page 9: this is the last page (3).");
        assertThat(page(MockMvcRequestBuilders.get("/mailboxes").param("page", "3").with(viewer())))
                .doesNotContain("past-last");
    }

    @Test
    void pageLinksKeepTheFilterAndTheSize() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).willReturn(ok(list(2, 5, 230, row(150, "x@example.com", "0", null)))));

        String html = page(MockMvcRequestBuilders.get("/mailboxes?name=jo&size=50&page=2").with(viewer()));

        assertThat(html).contains("Page 2 of 5", "230 mailboxes found")
                .contains("href=\"/mailboxes?name=jo&amp;size=50&amp;page=1\"")
                .contains("href=\"/mailboxes?name=jo&amp;size=50&amp;page=3\"")
                .contains(">Inactive<", "Not set");
    }

    @Test
    void aTooLongFilterIsShownBackWithoutAskingMailin() throws Exception {
        String html = page(MockMvcRequestBuilders.get("/mailboxes").param("name", "n".repeat(101)).with(viewer()));

        assertThat(html).contains("data-test=\"error-name\"", "Enter at most 100 characters.", "n".repeat(101));
        MAILIN.verify(0, getRequestedFor(urlPathEqualTo(M1)));
    }

    @Test
    void theGoogleListReadsG5() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(G5)).willReturn(ok(body("G5-mailboxes.json"))));

        String html = page(MockMvcRequestBuilders.get("/mailboxes/google").param("name", "jane").with(viewer()));

        MAILIN.verify(getRequestedFor(urlPathEqualTo(G5)).withQueryParam("name", equalTo("jane"))
                .withQueryParam("per_page", equalTo("15")).withQueryParam("page", equalTo("1")));
        MAILIN.verify(0, getRequestedFor(urlPathEqualTo(M1)));
        assertThat(html).contains("Google mailboxes", "jane.doe@example.com", ">Active<");
    }

    @Test
    void viewersSeeNoSelectionAndOperatorsSeeTheBulkActions() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).willReturn(ok(body("M1-mailboxes.json"))));

        String viewerHtml = page(MockMvcRequestBuilders.get("/mailboxes").with(viewer()));
        String operatorHtml = page(MockMvcRequestBuilders.get("/mailboxes").with(operator()));

        assertThat(viewerHtml).contains("john.doe@example.com")
                .doesNotContain("bulk-form", "name=\"ids\"", "/mailboxes/bulk-delete", "formaction=\"/mailboxes/export\"", "/mailboxes/new");
        assertThat(operatorHtml).contains("action=\"/mailboxes/bulk-delete\"", "formaction=\"/mailboxes/export\"")
                .contains("form=\"bulk-form\" name=\"ids\" value=\"101\"", "name=\"confirmation\"")
                .contains("href=\"/mailboxes\">Mailboxes</a>");
    }

    @Test
    void deletingNeedsTheNumberOfSelectedMailboxesTyped() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).willReturn(ok(body("M1-mailboxes.json"))));

        String html = page(bulkDelete("3", "101", "102").param("name", "doe"));

        assertThat(html).contains("You selected 2 mailboxes: type 2 to delete them.", "value=\"3\"", "value=\"doe\"")
                .containsPattern("name=\"ids\" value=\"101\"[^>]*checked=\"checked\"")
                .containsPattern("name=\"ids\" value=\"102\"[^>]*checked=\"checked\"");
        MAILIN.verify(0, deleteRequestedFor(urlPathMatching(M1 + "/.*")));
    }

    @Test
    void deletingNeedsASelection() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).willReturn(ok(body("M1-mailboxes.json"))));

        String html = page(bulkDelete("0"));

        assertThat(html).contains("data-test=\"error-ids\"", "Select at least one mailbox.");
        MAILIN.verify(0, deleteRequestedFor(urlPathMatching(M1 + "/.*")));
    }

    @Test
    void everySelectedMailboxIsDeletedAndEachFailureIsReportedByAddress() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).willReturn(ok(list(1, 1, 3, row(201, "one@example.com", "Active", "50"),
                row(202, "two@example.com", "Active", "50"), row(203, "three@example.com", "Active", "50")))));
        MAILIN.stubFor(delete(urlPathEqualTo(M1 + "/201")).willReturn(ok(body("M7-delete.json"))));
        MAILIN.stubFor(delete(urlPathEqualTo(M1 + "/202")).willReturn(aResponse().withStatus(404)
                .withBody("{\"message\": \"Mailbox not found.\"}")));
        MAILIN.stubFor(delete(urlPathEqualTo(M1 + "/203")).willReturn(ok(body("M7-delete.json"))));

        MvcResult result = mvc.perform(bulkDelete(" 3 ", "201", "202", "203", "202").param("size", "50"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/mailboxes?size=50&page=1"))
                .andExpect(flash().attribute("flashError", "Deleted 2 of 3 mailboxes. The others are listed below with the reason."))
                .andReturn();

        for (String id : new String[] {"201", "202", "203"}) {
            MAILIN.verify(1, deleteRequestedFor(urlPathEqualTo(M1 + "/" + id)));
        }
        MailboxBulkDeleteReport report = (MailboxBulkDeleteReport) result.getFlashMap().get("bulkDeleteReport");
        assertThat(report.results()).extracting(MailboxBulkDeleteResult::address)
                .containsExactly("one@example.com", "two@example.com", "three@example.com");
        String html = page(MockMvcRequestBuilders.get("/mailboxes?size=50&page=1").with(operator())
                .cookie(result.getResponse().getCookies()));
        assertThat(html).contains("Deleted 2 of 3; not deleted:", "data-test=\"bulk-problem-202\"")
                .contains("two@example.com", "Not found or not yours: Mailbox not found.")
                .doesNotContain("data-test=\"bulk-problem-201\"", "data-test=\"bulk-problem-203\"");
    }

    @Test
    void aRunStopsWhenMailinStopsAnsweringAndNamesWhatWasNotAttempted() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(G5)).willReturn(ok(list(1, 1, 2, row(301, "g1@example.com", "1", null),
                row(302, "g2@example.com", "1", null)))));
        MAILIN.stubFor(delete(urlPathEqualTo(M1 + "/301")).willReturn(aResponse().withStatus(503)));

        MvcResult result = mvc.perform(bulkDelete("2", "301", "302").param("provider", "GOOGLE"))
                .andExpect(redirectedUrl("/mailboxes/google?size=15&page=1"))
                .andExpect(flash().attribute("flashError", "Deleted 0 of 2 mailboxes. The others are listed below with the reason."))
                .andReturn();

        MAILIN.verify(1, deleteRequestedFor(urlPathEqualTo(M1 + "/301")));
        MAILIN.verify(0, deleteRequestedFor(urlPathEqualTo(M1 + "/302")));
        MailboxBulkDeleteReport report = (MailboxBulkDeleteReport) result.getFlashMap().get("bulkDeleteReport");
        assertThat(report.results()).extracting(MailboxBulkDeleteResult::status).containsExactly(
                MailboxBulkDeleteResult.Status.UNKNOWN, MailboxBulkDeleteResult.Status.SKIPPED);
        assertThat(messages.getMessage(report.results().get(1).reason(), Locale.ENGLISH)).contains("g1@example.com");
    }

    @Test
    void aCompleteRunSaysSo() throws Exception {
        MAILIN.stubFor(get(urlPathEqualTo(M1)).willReturn(ok(body("M1-mailboxes.json"))));
        MAILIN.stubFor(delete(urlPathMatching(M1 + "/10[12]")).willReturn(ok(body("M7-delete.json"))));

        mvc.perform(bulkDelete("2", "101", "102").param("name", "doe").param("page", "1"))
                .andExpect(redirectedUrl("/mailboxes?name=doe&size=15&page=1"))
                .andExpect(flash().attribute("flashSuccess", "All 2 selected mailboxes were deleted."));

        MAILIN.verify(2, deleteRequestedFor(urlPathMatching(M1 + "/10[12]")));
    }

    @Test
    void viewersCannotDelete() throws Exception {
        mvc.perform(post("/mailboxes/bulk-delete").param("ids", "101").param("confirmation", "1")
                        .with(viewer()).with(csrf()))
                .andExpect(status().isForbidden());

        MAILIN.verify(0, deleteRequestedFor(urlPathMatching(M1 + "/.*")));
    }

    private MockHttpServletRequestBuilder bulkDelete(String confirmation, String... ids) {
        MockHttpServletRequestBuilder request = post("/mailboxes/bulk-delete").param("confirmation", confirmation)
                .with(operator()).with(csrf());
        for (String id : ids) {
            request.param("ids", id);
        }
        return request;
    }

    private static String list(int page, int lastPage, int total, String... rows) {
        return """
                {"current_page": %d, "data": [%s], "last_page": %d, "per_page": 15, "total": %d}
                """.formatted(page, String.join(",", rows), lastPage, total);
    }

    private static String row(long id, String username, String status, String rateLimit) {
        return """
                {"id": %d, "domain_id": 1, "name": "Mailbox %d", "username": "%s", "password": "pw-%d",
                 "status": "%s", "rate_limit": %s, "created_at": "2024-01-02T03:04:05.000000Z"}
                """.formatted(id, id, username, id, status, rateLimit == null ? "null" : "\"" + rateLimit + "\"");
    }
}

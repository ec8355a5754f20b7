package com.mailindashboard.verification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.gateway.VerificationType;
import com.mailindashboard.support.WireMockMailin;
import com.mailindashboard.support.WireMockPageTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The credits page: Mailin's balance and history, and what only our ledger knows; the overview's warning. */
class VerificationCreditsPageTest extends WireMockPageTest {

    static final WireMockServer mailin = WireMockMailin.server();

    @Autowired
    VerificationTaskRepository tasks;

    @Test
    void balanceHistoryAndCreditsPerTeammateAndMonth() throws Exception {
        mailin.stubFor(get(PUBLIC + "/get-credits").willReturn(aResponse().withBody("{\"total_credits\": 500}")));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/credit-history")).withQueryParam("page", equalTo("2"))
                .withQueryParam("per_page", equalTo("15"))
                .willReturn(aResponse().withBody(documented("V6-credit-history.json"))));
        String who = "credits-" + UUID.randomUUID().toString().substring(0, 8) + "@team.test";
        Instant now = Instant.now();
        String month = now.atZone(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
        used(who, 37, now);
        used(who, 5, now.minus(1, ChronoUnit.MINUTES));
        used("other-" + who, 3, now);

        String html = mvc.perform(MockMvcRequestBuilders.get("/verification/credits").param("page", "2")
                .with(user("viewer@team.test").roles("VIEWER"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("data-test=\"credits-balance\">500<", "data-test=\"credits-low\"",
                "Below 1,000 credits", "Bulk verification started", "Purchased credits");
        assertThat(html).contains("data-balances=\"500|450\"", "data-debits=\"0|50\"", "data-labels=\"#11|#12\"");
        assertThat(html).contains("data-test=\"use-" + who + "-" + month + "\"");
        int row = html.indexOf("data-test=\"use-" + who + "-" + month + "\"");
        assertThat(html.substring(row, html.indexOf("</tr>", row))).contains(">42<");
        assertThat(html).contains("data-test=\"history-page\">Page 2 of 3<", "/verification/credits?page=3",
                "/verification/credits?page=1");
    }

    @Test
    void theOverviewsCreditsCardLinksHereAndWarnsWhenLow() throws Exception {
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/users/1")).willReturn(aResponse().withBody(
                "{\"id\": 1, \"first_name\": \"Ada\", \"last_name\": \"Ops\", \"org_name\": \"Co\", \"mailboxes_slots\": 4}")));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/servers")).willReturn(aResponse().withBody("[]")));
        mailin.stubFor(get(PUBLIC + "/get-credits").willReturn(aResponse().withBody("{\"total_credits\": 999}")));

        String account = mvc.perform(MockMvcRequestBuilders.get("/overview/panels/account")
                        .with(user("viewer@team.test").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String attention = mvc.perform(MockMvcRequestBuilders.get("/overview/panels/attention")
                        .with(user("viewer@team.test").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(account).contains("href=\"/verification/credits\"", "data-test=\"verification-credits\"", ">999<");
        // the warning under the threshold is the overview's attention item, linking here too
        // (no warning at or above it: OverviewPanelsTest.lowCreditsAskForAttentionBelowTheThresholdOnly)
        assertThat(attention).contains("Only 999 verification credits left (the alert is below 1,000)",
                "href=\"/verification/credits\"");
    }

    private void used(String who, long credits, Instant at) {
        VerificationTask task = new VerificationTask(UUID.randomUUID().toString(), VerificationMethod.FILE,
                VerificationType.STANDARD, "leads.csv", null, who, credits, at);
        task.accepted(null, null, "bulk_" + credits, "started", at);
        tasks.save(task);
    }
}

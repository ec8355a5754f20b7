package com.mailindashboard.overview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.fleet.FleetCount;
import com.mailindashboard.fleet.FleetKind;
import com.mailindashboard.fleet.FleetRefresherProbe;
import com.mailindashboard.fleet.FleetSummary;
import com.mailindashboard.fleet.StatusGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The fleet summary is counted in the background: every upstream call is paid from the background
 * budget, a round stops when the budget is spent (keeping the last good figures), totals come
 * from a one-row page, and "refresh now" runs a round without holding the page.
 */
class FleetSummaryRefreshTest extends OverviewTestSupport {

    static final String SMTP_DOMAINS = PUBLIC + "/domains";
    static final String GOOGLE_DOMAINS = PUBLIC + "/domains/list/google";
    static final String INBOXKIT_DOMAINS = PUBLIC + "/domains/get/inboxkit-domains";
    static final String SMTP_MAILBOXES = PUBLIC + "/mailboxes";
    static final String GOOGLE_MAILBOXES = PUBLIC + "/mailboxes/list/google";
    static final List<String> LISTS = List.of(SMTP_DOMAINS, GOOGLE_DOMAINS, INBOXKIT_DOMAINS, SMTP_MAILBOXES,
            GOOGLE_MAILBOXES);

    @Autowired
    FleetSummary summary;
    @Autowired
    ApplicationContext context;

    /** Five SMTP domains (3 active, 1 pending, 1 inactive) in pages of two; the other lists empty. */
    void fleetAnswers() {
        LISTS.forEach(path -> mailin.stubFor(get(urlPathEqualTo(path)).atPriority(10).willReturn(aResponse()
                .withStatus(200).withBody("{\"current_page\": 1, \"data\": [], \"per_page\": 2, \"total\": 0}"))));
        List<String> statuses = List.of("Active", "1", "Pending", "Active", "Inactive");
        mailin.stubFor(get(urlPathEqualTo(SMTP_DOMAINS)).withQueryParam("per_page", equalTo("1")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody(page(1, 1, List.of(domain(1, statuses.get(0)))))));
        for (int number = 1; number <= 3; number++) {
            List<String> rows = new ArrayList<>();
            for (int i = (number - 1) * 2; i < Math.min(5, number * 2); i++) {
                rows.add(domain(i + 1, statuses.get(i)));
            }
            mailin.stubFor(get(urlPathEqualTo(SMTP_DOMAINS)).withQueryParam("per_page", equalTo("2"))
                    .withQueryParam("page", equalTo(String.valueOf(number))).atPriority(2)
                    .willReturn(aResponse().withStatus(200).withBody(page(number, 2, rows))));
        }
    }

    @Test
    void aRoundCountsTotalsWithTheSmallestPageAndSplitsWithinTheBudget() {
        fleetAnswers();

        FleetRefresherProbe.round(context);

        FleetCount smtp = summary.count(FleetKind.SMTP_DOMAINS);
        assertThat(smtp.total()).isEqualTo(5);
        assertThat(smtp.count(StatusGroup.ACTIVE)).isEqualTo(3);
        assertThat(smtp.count(StatusGroup.PENDING)).isEqualTo(1);
        assertThat(smtp.count(StatusGroup.INACTIVE)).isEqualTo(1);
        assertThat(summary.count(FleetKind.GOOGLE_MAILBOXES).total()).isZero();
        mailin.verify(getRequestedFor(urlPathEqualTo(SMTP_DOMAINS)).withQueryParam("per_page", equalTo("1")));
        long listCalls = listCalls();
        assertThat(listCalls).as("5 totals + 3 SMTP pages + 4 one-page lists").isEqualTo(12);
        assertThat(OverviewTestParts.taken.get()).as("every upstream call was paid from the background budget")
                .isEqualTo((int) listCalls);
    }

    @Test
    void aRoundStopsWhenTheBudgetIsSpentAndKeepsTheLastGoodFigures() throws Exception {
        fleetAnswers();
        FleetRefresherProbe.round(context);
        mailin.resetRequests();
        OverviewTestParts.taken.set(0);
        OverviewTestParts.permits.set(6);

        FleetRefresherProbe.round(context);

        assertThat(listCalls()).as("no call beyond the budget").isEqualTo(6);
        assertThat(OverviewTestParts.taken.get()).isEqualTo(6);
        FleetCount smtp = summary.count(FleetKind.SMTP_DOMAINS);
        assertThat(smtp.count(StatusGroup.ACTIVE)).as("the split of the last complete count is kept").isEqualTo(3);
        assertThat(smtp.problem()).isEqualTo("budget");
        String panel = asViewer("/overview/panels/fleet");
        assertThat(panel).contains("data-test=\"fleet-problem\"", "the background share of the Mailin budget ran out");
    }

    @Test
    void pagesNeverCallMailinForTheFleetAndRefreshNowRunsInTheBackground() throws Exception {
        fleetAnswers();

        asViewer("/overview/panels/fleet");
        asViewer("/domains?status=active");
        assertThat(listCalls()).isZero();

        mvc.perform(MockMvcRequestBuilders.post("/overview/fleet/refresh").with(user(VIEWER).roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        String answer = html(MockMvcRequestBuilders.post("/overview/fleet/refresh").header("HX-Request", "true")
                .with(user(OPERATOR).roles("OPERATOR")).with(csrf()));
        assertThat(answer).contains("id=\"panel-fleet\"");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> !summary.refreshing());
        assertThat(summary.count(FleetKind.SMTP_DOMAINS).count(StatusGroup.ACTIVE)).isEqualTo(3);
        mvc.perform(MockMvcRequestBuilders.get("/overview/panels/fleet").param("counting", "true")
                        .with(user(VIEWER).roles("VIEWER")))
                .andExpect(header().string("HX-Trigger", "fleet-counted"));
        String list = asViewer("/domains?status=active");
        assertThat(list).contains("d1.com", "d2.com", "d4.com", "3 found").doesNotContain("d3.com");
    }

    private static long listCalls() {
        return mailin.getAllServeEvents().stream()
                .filter(event -> LISTS.contains(event.getRequest().getUrl().replaceAll("\\?.*", ""))).count();
    }

    private static String domain(int id, String status) {
        return "{\"id\": " + id + ", \"name\": \"d" + id + ".com\", \"status\": \"" + status + "\"}";
    }

    private static String page(int number, int perPage, List<String> rows) {
        return "{\"current_page\": " + number + ", \"data\": [" + String.join(",", rows) + "], \"per_page\": " + perPage
                + ", \"total\": 5, \"last_page\": " + ((5 + perPage - 1) / perPage) + "}";
    }
}

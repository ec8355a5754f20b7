package com.mailindashboard.overview;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.fleet.FleetFixtures;
import com.mailindashboard.fleet.FleetRow;
import com.mailindashboard.jobs.Job;
import com.mailindashboard.jobs.JobKind;
import com.mailindashboard.jobs.JobStatus;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The overview page and its panels: what each shows, how each degrades, and where every number leads. */
class OverviewPanelsTest extends OverviewTestSupport {

    static final int DELAY_MS = 700;

    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationContext context;
    FleetFixtures fleet;

    @BeforeEach
    void fleetFixtures() {
        fleet = FleetFixtures.of(context);
    }

    @Test
    void thePageItselfWaitsForNothingButStartsTheAccountReadItsPanelsThenShare() throws Exception {
        accountAnswers(321);
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/users/1")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(DELAY_MS).withBody("{\"id\": 1, \"first_name\": \"Ada\", \"org_name\": \"Ahead Co\","
                        + " \"mailboxes_slots\": 40}")));

        long started = System.nanoTime();
        String page = asViewer("/");
        Duration shell = Duration.ofNanos(System.nanoTime() - started);

        assertThat(page).contains("hx-get=\"/overview/panels/attention\"", "hx-get=\"/overview/panels/fleet\"",
                "hx-get=\"/overview/panels/account\"", "hx-get=\"/overview/panels/running\"",
                "hx-get=\"/overview/panels/spend\"", "hx-get=\"/overview/panels/activity\"",
                "/webjars/chart.js/", "/dist/chart.umd.min");
        assertThat(shell).as("the page answers without waiting for Mailin's %d ms", DELAY_MS)
                .isLessThan(Duration.ofMillis(DELAY_MS));
        // the read it started ahead: U1, S1 and V7, once each, while the browser asks for the panels
        await().atMost(Duration.ofSeconds(10)).until(() -> accountReads().size() == 3);
        assertThat(asViewer("/overview/panels/account")).contains("Ahead Co", ">321<");
        asViewer("/overview/panels/attention");
        assertThat(accountReads()).as("the panels used the read started by the page").hasSize(3);
    }

    private List<ServeEvent> accountReads() {
        return mailin.getAllServeEvents().stream()
                .filter(event -> !event.getRequest().getUrl().contains("/auth/login")).toList();
    }

    @Test
    void theAccountPanelReadsConcurrentlyOnceAndThenFromTheCache() throws Exception {
        accountAnswers(321);
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/users/1")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(DELAY_MS).withBody("{\"id\": 1, \"first_name\": \"Ada\", \"org_name\": \"Concurrent Co\","
                        + " \"mailboxes_slots\": 40}")));

        String panel = asViewer("/overview/panels/account");
        asViewer("/overview/panels/account");
        asViewer("/overview/panels/attention");

        assertThat(panel).contains("Concurrent Co", ">321<");
        List<Instant> received = accountReads().stream()
                .map(ServeEvent::getRequest).map(request -> request.getLoggedDate().toInstant()).sorted().toList();
        assertThat(received).as("U1, S1 and V7 once for three panel loads").hasSize(3);
        assertThat(Duration.between(received.getFirst(), received.getLast()))
                .as("all three reads were sent before the first answer came back")
                .isLessThan(Duration.ofMillis(DELAY_MS));
    }

    @Test
    void aFailingUpstreamReadDegradesOnlyItsPartOfThePanel() throws Exception {
        accountAnswers(12);
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/servers")).willReturn(aResponse().withStatus(503)));

        String panel = asViewer("/overview/panels/account");

        assertThat(panel).contains("Outbound Co", ">12<", "data-test=\"servers-problem\"", "Mailin is unavailable")
                .doesNotContain("data-test=\"servers-up\"");
    }

    @Test
    void aPanelThatFailsShowsItsOwnProblemWhileTheOthersLoad() throws Exception {
        accountAnswers(10_000);
        job(JobKind.DOMAIN_PURCHASE, JobStatus.STUCK, "ann@team.test", "stuck.com", Instant.now());
        OverviewTestParts.broken = true;

        String spend = asViewer("/overview/panels/spend");
        String running = asViewer("/overview/panels/running");
        String attention = asViewer("/overview/panels/attention");

        assertThat(spend).contains("id=\"panel-spend\"", "data-test=\"panel-spend-failed\"",
                "This panel could not be loaded", "hx-get=\"/overview/panels/spend\"");
        assertThat(running).contains("data-test=\"panel-running\"", "stuck.com").doesNotContain("-failed");
        assertThat(attention).as("the failing check is reported, the other checks still show")
                .contains("1 job is stuck", "data-test=\"attention-failed-checks\"", "1 check could not be run");
    }

    @Test
    void whenAllIsWellThereIsNoAttentionPanel() throws Exception {
        accountAnswers(10_000);
        job(JobKind.DOMAIN_PURCHASE, JobStatus.COMPLETED, "ann@team.test", "fine.com", Instant.now());
        job(JobKind.DOMAIN_PURCHASE, JobStatus.PENDING, "ann@team.test", "busy.com", Instant.now());

        String attention = asViewer("/overview/panels/attention");

        assertThat(attention).contains("data-test=\"attention-none\"").doesNotContain("Needs attention");
    }

    @Test
    void stuckAndOutcomeUnknownJobsAreCountedAndLinkToTheJobsFilteredToThem() throws Exception {
        accountAnswers(10_000);
        Job stuck1 = job(JobKind.DOMAIN_PURCHASE, JobStatus.STUCK, "ann@team.test", "a.com", Instant.now());
        Job stuck2 = job(JobKind.MAILBOX_CREATION, JobStatus.STUCK, "bob@team.test", "b@b.com", Instant.now());
        Job unknown = job(JobKind.GOOGLE_DOMAIN_PURCHASE, JobStatus.OUTCOME_UNKNOWN, "ann@team.test", "c.com",
                Instant.now());
        job(JobKind.DOMAIN_PURCHASE, JobStatus.RUNNING, "ann@team.test", "d.com", Instant.now());

        String attention = asViewer("/overview/panels/attention");

        assertThat(attention).contains("2 jobs are stuck", "1 operation has an unknown outcome");
        String stuckLink = linkIn(attention, "attention-overview.attention.stuck");
        String unknownLink = linkIn(attention, "attention-overview.attention.outcome-unknown");
        assertThat(stuckLink).isEqualTo("/jobs?status=STUCK");
        assertThat(unknownLink).isEqualTo("/jobs?status=OUTCOME_UNKNOWN");
        assertThat(jobRows(asViewer(stuckLink))).containsExactlyInAnyOrder(stuck1.getId(), stuck2.getId());
        assertThat(jobRows(asViewer(unknownLink))).containsExactly(unknown.getId());
    }

    @Test
    void failedJobsCountOnlyForTheLastSevenDaysAndTheLinkShowsExactlyThose() throws Exception {
        accountAnswers(10_000);
        Instant now = Instant.now();
        Job recent = job(JobKind.DOMAIN_PURCHASE, JobStatus.FAILED, "ann@team.test", "new.com", now.minus(Duration.ofDays(2)));
        job(JobKind.DOMAIN_PURCHASE, JobStatus.FAILED, "ann@team.test", "old.com", now.minus(Duration.ofDays(10)));
        job(JobKind.DOMAIN_PURCHASE, JobStatus.COMPLETED, "ann@team.test", "ok.com", now);

        String attention = asViewer("/overview/panels/attention");

        assertThat(attention).contains("1 job started in the last 7 days failed.");
        String link = linkIn(attention, "attention-overview.attention.failed");
        LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(6);
        assertThat(link).isEqualTo("/jobs?status=FAILED&from=" + from);
        assertThat(jobRows(asViewer(link))).containsExactly(recent.getId());
    }

    @Test
    void azureOrdersShowTheirFailedUploadsTheirStatusesAndWhoPlacedThem() throws Exception {
        Instant now = Instant.now();
        order(501L, "ready.com", "ready", 2, "ann@team.test", now);
        order(502L, "busy.com", "in progress", null, "ann@team.test", now);
        order(503L, "calm.com", "ready", 0, "bob@team.test", now);

        String attention = asViewer("/overview/panels/attention");
        assertThat(attention).contains("The upload of order ready.com to its inbox provider failed for 2 mailbox(es).",
                "href=\"/orders/501\"").doesNotContain("calm.com", "busy.com");

        String fleet = asViewer("/overview/panels/fleet");
        String card = fleet.substring(fleet.indexOf("Microsoft orders"));
        assertThat(card).contains("href=\"/orders?status=ready\"", "href=\"/orders?status=in%20progress\"");
        assertThat(card.replaceAll("\\s+", " ")).contains(">3</a>", "<span>2</span> <span class=\"text-muted\">ready</span>");

        String spend = asViewer("/overview/panels/spend");
        assertThat(spend.substring(spend.indexOf("data-test=\"spend-AZURE_ORDERS\"")))
                .contains("data-label=\"ann@team.test\" data-current=\"2\"", "data-label=\"bob@team.test\" data-current=\"1\"");
    }

    private void order(long upstreamId, String domain, String status, Integer uploadFailed, String who, Instant at) {
        jdbc.update("""
                insert into azure_order (operation_key, upstream_id, domain, mailbox_mode, mailbox_count, purchase,
                    placed_by, placed_at, upstream_status, upload_total, upload_uploaded, upload_failed, version)
                values (?, ?, ?, 'AUTO', 100, false, ?, ?, ?, 100, 98, ?, 0)""",
                UUID.randomUUID().toString(), upstreamId, domain, who, Timestamp.from(at), status, uploadFailed);
    }

    @Test
    void lowCreditsAskForAttentionBelowTheThresholdOnly() throws Exception {
        accountAnswers(120);
        String low = asViewer("/overview/panels/attention");
        accountFigures.forget();
        accountAnswers(500);
        String enough = asViewer("/overview/panels/attention");

        assertThat(low).contains("Only 120 verification credits left (the alert is below 500).");
        assertThat(linkIn(low, "attention-overview.attention.credits")).isEqualTo("/verification/credits");
        assertThat(enough).doesNotContain("verification credits left");
    }

    @Test
    void aFailingMailinConnectionComesFirstAndLinksAdminsToTheSettings() throws Exception {
        mailin.stubFor(post(urlPathEqualTo(PUBLIC + "/auth/login")).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\": \"Invalid credentials\"}")));
        mailin.stubFor(get(urlPathEqualTo(PUBLIC + "/users/1")).willReturn(aResponse().withStatus(401)));

        String forAdmin = asAdmin("/overview/panels/attention");
        String forViewer = asViewer("/overview/panels/attention");

        assertThat(forAdmin).contains("The Mailin connection fails: Mailin rejected the credentials.");
        assertThat(forAdmin.indexOf("attention-overview.attention.connection"))
                .isLessThan(forAdmin.indexOf("</ul>"));
        assertThat(linkIn(forAdmin, "attention-overview.attention.connection")).isEqualTo("/settings");
        assertThat(forViewer).contains("The Mailin connection fails", "An admin can fix it in the settings.")
                .doesNotContain("href=\"/settings\"");
    }

    @Test
    void domainsThatAreNotActiveAreListedPerListWithTheirFilteredList() throws Exception {
        accountAnswers(10_000);
        fleet.replace("SMTP_DOMAINS", List.of(row(1, "live.com", "Active"), row(2, "wait-a.com", "Pending"),
                row(3, "wait-b.com", "0")));
        fleet.replace("GOOGLE_DOMAINS", List.of(row(7, "gone.com", "Inactive")));

        String attention = asViewer("/overview/panels/attention");

        assertThat(attention).contains("SMTP domains: 2 pending", "Google domains: 1 inactive");
        String pending = linkIn(attention, "attention-overview.attention.domains");
        assertThat(List.of(pending)).containsAnyOf("/domains?status=pending", "/domains/google?status=inactive");
        String list = asViewer("/domains?status=pending");
        assertThat(list).contains("wait-a.com", "wait-b.com", "2 found", "href=\"/domains/2\"").doesNotContain("live.com");
        assertThat(list).contains("<title>SMTP domains: pending</title>", "As counted just now by the fleet summary",
                "href=\"/domains\"");
        assertThat(asViewer("/domains/google?status=inactive")).contains("gone.com").doesNotContain("wait-a.com");
    }

    @Test
    void theFleetPanelLinksEveryNumberToTheListFilteredToIt() throws Exception {
        fleet.replace("SMTP_MAILBOXES", List.of(row(11, "a@x.com", "Active"), row(12, "b@x.com", "Active"),
                row(13, "c@x.com", "Inactive")));

        String panel = asViewer("/overview/panels/fleet");

        assertThat(mailin.getAllServeEvents()).as("the fleet panel reads only the stored summary").isEmpty();
        assertThat(linkIn(panel, "fleet-smtp-mailboxes-active")).isEqualTo("/mailboxes?status=active");
        assertThat(linkIn(panel, "fleet-smtp-mailboxes-inactive")).isEqualTo("/mailboxes?status=inactive");
        assertThat(panel).contains("href=\"/mailboxes\"", ">3<", "split just now");
        assertThat(linkIn(panel, "fleet-card-orders-0")).as("a card another feature adds").isEqualTo("/jobs?status=COMPLETED");
        assertThat(linkIn(panel, "fleet-card-orders-1")).isEqualTo("/jobs?status=ACTIVE");
        assertThat(panel).contains("data-test=\"fleet-card-total\"", ">7<");
        String active = asViewer("/mailboxes?status=active");
        assertThat(active).contains("a@x.com", "b@x.com", "2 found", "href=\"/mailboxes/11\"").doesNotContain("c@x.com");
        mvc.perform(MockMvcRequestBuilders.get("/mailboxes").param("status", "sideways").with(user(VIEWER).roles("VIEWER")))
                .andExpect(redirectedUrl("/mailboxes"));
    }

    @Test
    void slotsAreColouredAtSeventyEightyFiveAndNinetyFivePercent() {
        assertThat(new SlotUsage(139, 200).level()).isEqualTo("ok");
        assertThat(new SlotUsage(140, 200).level()).isEqualTo("filling");
        assertThat(new SlotUsage(170, 200).level()).isEqualTo("high");
        assertThat(new SlotUsage(190, 200).level()).isEqualTo("full");
        assertThat(new SlotUsage(250, 200).width()).isEqualTo(100);
    }

    @Test
    void theAccountPanelShowsSlotsUsedServersUpAndDownWithTheirLists() throws Exception {
        accountAnswers(10_000);
        fleet.total("SMTP_MAILBOXES", 150);
        fleet.total("GOOGLE_MAILBOXES", 30);

        String panel = asViewer("/overview/panels/account");

        assertThat(panel).contains("180 of 200 used", "90.0 %", "data-level=\"high\"", "A slot is room for one mailbox");
        assertThat(linkIn(panel, "servers-up")).isEqualTo("/servers?status=up");
        assertThat(linkIn(panel, "servers-down")).isEqualTo("/servers?status=down");
        assertThat(asViewer("/servers?status=down")).contains("down.example").doesNotContain("up.example");
        assertThat(asViewer("/servers?status=up")).contains("up.example").doesNotContain("down.example");
    }

    @Test
    void spendCountsDomainsBoughtPerMonthAndTeammateAndLinksToThePurchases() throws Exception {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        Instant thisMonth = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60);
        Instant lastMonth = month.minusMonths(1).atDay(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        operation(JobKind.DOMAIN_PURCHASE, "ACCEPTED", "ann@team.test", List.of("a1.com", "a2.com"), thisMonth);
        operation(JobKind.DOMAIN_PURCHASE, "ACCEPTED", "ann@team.test", List.of("a3.com", "a4.com", "a5.com"), lastMonth);
        operation(JobKind.DOMAIN_PURCHASE, "ACCEPTED", "bob@team.test", List.of("b1.com"), thisMonth);
        operation(JobKind.DOMAIN_PURCHASE, "REJECTED", "bob@team.test", List.of("no.com"), thisMonth);
        operation(JobKind.GOOGLE_DOMAIN_PURCHASE, "ACCEPTED", "bob@team.test", List.of("g1.com"), thisMonth);
        Job annNow = job(JobKind.DOMAIN_PURCHASE, JobStatus.COMPLETED, "ann@team.test", "a1.com", thisMonth);
        job(JobKind.DOMAIN_PURCHASE, JobStatus.COMPLETED, "ann@team.test", "a3.com", lastMonth);

        String panel = asViewer("/overview/panels/spend");

        String smtp = panel.substring(panel.indexOf("data-test=\"spend-DOMAIN_PURCHASE\""),
                panel.indexOf("data-test=\"spend-GOOGLE_DOMAIN_PURCHASE\""));
        assertThat(smtp).contains("data-label=\"ann@team.test\" data-current=\"2\" data-previous=\"3\"",
                "data-label=\"bob@team.test\" data-current=\"1\" data-previous=\"0\"");
        assertThat(smtp.substring(smtp.indexOf("spend-total"))).contains(">3<", ">3<");
        String annLink = "/jobs?kind=DOMAIN_PURCHASE&who=ann%40team.test&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        assertThat(smtp.replace("&amp;", "&")).contains("href=\"" + annLink + "\"");
        assertThat(jobRows(asViewer(annLink))).containsExactly(annNow.getId());
        assertThat(panel.substring(panel.indexOf("data-test=\"spend-GOOGLE_DOMAIN_PURCHASE\"")))
                .contains("data-label=\"bob@team.test\" data-current=\"1\"");
        assertThat(panel).contains("data-chart-table=\"spend-DOMAIN_PURCHASE\"");
    }

    @Test
    void spendCountsVerificationCreditsPerTeammateFromOurOwnTasks() throws Exception {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        Instant thisMonth = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60);
        Instant lastMonth = month.minusMonths(1).atDay(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant longAgo = month.minusMonths(3).atDay(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        verificationTask("ann@team.test", thisMonth, 37L);
        verificationTask("ann@team.test", lastMonth, 100L);
        verificationTask("bob@team.test", thisMonth, 5L);
        verificationTask("bob@team.test", longAgo, 900L);
        verificationTask("bob@team.test", thisMonth, null);

        String panel = asViewer("/overview/panels/spend");

        String credits = panel.substring(panel.indexOf("data-test=\"spend-VERIFICATION_CREDITS\""));
        assertThat(credits).contains("Verification credits used",
                "data-label=\"ann@team.test\" data-current=\"37\" data-previous=\"100\"",
                "data-label=\"bob@team.test\" data-current=\"5\" data-previous=\"0\"",
                "href=\"/verification/tasks?teammate=ann@team.test\"");
        assertThat(credits.substring(credits.indexOf("spend-total"))).contains(">42<", ">100<");
    }

    private void verificationTask(String who, Instant at, Long creditsUsed) {
        jdbc.update("""
                insert into verification_task (operation_key, method, verification_type, source, created_by, created_at,
                    updated_at, status, addresses_sent, credits_expected, credits_used, version)
                values (?, 'LIST', 'standard', 'pasted list', ?, ?, ?, 'FINISHED', 10, 10, ?, 0)""",
                UUID.randomUUID().toString(), who, Timestamp.from(at), Timestamp.from(at),
                creditsUsed);
    }

    @Test
    void runningNowListsActiveJobsAndLinksToThemAll() throws Exception {
        Job pending = job(JobKind.DOMAIN_PURCHASE, JobStatus.PENDING, "ann@team.test", "p.com", Instant.now());
        Job running = job(JobKind.MAILBOX_CREATION, JobStatus.RUNNING, "bob@team.test", "r@x.com", Instant.now());
        job(JobKind.DOMAIN_PURCHASE, JobStatus.COMPLETED, "ann@team.test", "done.com", Instant.now());

        String panel = asViewer("/overview/panels/running");

        assertThat(panel).contains("p.com", "r@x.com", "href=\"/jobs/" + pending.getId() + "\"").doesNotContain("done.com");
        assertThat(linkIn(panel, "running-all")).isEqualTo("/jobs?status=ACTIVE");
        assertThat(jobRows(asViewer("/jobs?status=ACTIVE"))).containsExactlyInAnyOrder(pending.getId(), running.getId());
    }

    @Test
    void recentActivityShowsTheLastTenAuditEntriesNewestFirst() throws Exception {
        for (int i = 1; i <= 12; i++) {
            audit.record(AuditEntry.of("overview.test." + i, AuditOutcome.SUCCESS).actor("ann@team.test"));
        }

        String panel = asViewer("/overview/panels/activity");

        assertThat(panel.split("data-test=\"activity-\\d+\"", -1)).hasSize(11);
        assertThat(panel.indexOf("overview.test.12")).isLessThan(panel.indexOf("overview.test.3<"));
        assertThat(panel).doesNotContain("overview.test.2<").contains("href=\"/audit\"");
    }

    private static FleetRow row(long id, String name, String status) {
        return new FleetRow(id, name, status);
    }
}

package com.mailindashboard.approvals;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.mailindashboard.support.WireMockMailin.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mailindashboard.support.IntegrationTest;
import com.mailindashboard.support.MutableClock;
import com.mailindashboard.support.WireMockMailin;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Approvals before spending, end to end through the pages: the policy on /settings, a confirmed
 * purchase held instead of sent, a second teammate approving it (once upstream, whatever the
 * clicks), self-approval refused, rejection with a reason, expiry on a clock the test moves.
 * Mailin is WireMock; the database is PostgreSQL.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(ApprovalFlowTest.Clocks.class)
class ApprovalFlowTest {

    static final WireMockServer mailin = WireMockMailin.server();
    static final String BUY_MULTIPLE = PUBLIC + "/domains/buy-multiple";
    static final String OPERATOR = "approval-operator@team.test";
    static final String ADMIN = "approval-admin@team.test";
    static final String OTHER_ADMIN = "approval-admin-two@team.test";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        WireMockMailin.register(registry);
        registry.add("dashboard.jobs.webhook-url", () -> "http://localhost:" + mailin.port() + "/hook");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApprovalService approvals;

    @BeforeEach
    void reset() throws Exception {
        WireMockMailin.reset();
        mailin.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        mailin.stubFor(post(BUY_MULTIPLE).willReturn(aResponse().withStatus(210).withFixedDelay(200)
                .withBody("{\"message\": \"Your request has been received.\", \"uuid\": \"approved-job\"}")));
        policy(Map.of("approvers", "ADMINS"));
    }

    private static RequestPostProcessor operator() {
        return user(OPERATOR).roles("OPERATOR");
    }

    private static RequestPostProcessor admin(String email) {
        return user(email).roles("ADMIN");
    }

    private void policy(Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder save = MockMvcRequestBuilders.post("/settings/approvals").with(csrf())
                .with(admin(ADMIN));
        fields.forEach(save::param);
        mvc.perform(save)
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashSuccess"));
    }

    private static List<String> names(String prefix, int count) {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + "-" + unique + "-" + i + ".com");
        }
        return names;
    }

    /** Confirms a purchase preview as the operator; where it led. */
    private String confirm(List<String> names) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/domains/buy/confirm").with(csrf()).with(operator())
                        .param("operationKey", UUID.randomUUID().toString()).param("provider", "SMTP")
                        .param("names", names.toArray(String[]::new)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private static long idOf(String approvalUrl) {
        assertThat(approvalUrl).matches("/approvals/\\d+");
        return Long.parseLong(approvalUrl.substring("/approvals/".length()));
    }

    private MvcResult approve(long id, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/approvals/" + id + "/approve").with(csrf()).with(who))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    private int buyCalls(List<String> names) {
        return mailin.findAll(postRequestedFor(urlEqualTo(BUY_MULTIPLE))
                .withRequestBody(equalToJson("{\"domain_names\": [" + String.join(", ",
                        names.stream().map(n -> "\"" + n + "\"").toList()) + "]}"))).size();
    }

    private long operationsAbout(String name) {
        return jdbc.queryForObject("select count(*) from operation where subjects like ?", Long.class, "%" + name + "%");
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from approval_request where id = ?", String.class, id);
    }

    private List<String> audited(long id) {
        return jdbc.queryForList("select action from audit_event where target_type = 'approval' and target_id = ?"
                + " order by id", String.class, String.valueOf(id));
    }

    private List<String> webhookEvents() {
        return jdbc.queryForList("select event from webhook_delivery where job_id is null order by id", String.class);
    }

    @Test
    void withTheDefaultPolicyAPurchaseIsSentAtOnce() throws Exception {
        List<String> names = names("default", 3);

        assertThat(confirm(names)).startsWith("/domains/operations/");

        assertThat(operationsAbout(names.getFirst())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from approval_request where subjects like ?", Long.class,
                "%" + names.getFirst() + "%")).isZero();
    }

    @Test
    void purchasesUpToTheThresholdGoThroughAndLargerOnesWait() throws Exception {
        policy(Map.of("purchaseNamesOver", "2", "approvers", "ADMINS"));
        List<String> small = names("small", 2);
        List<String> large = names("large", 3);

        assertThat(confirm(small)).startsWith("/domains/operations/");
        String held = confirm(large);

        // the small one went to the ledger (sent), the large one did not
        assertThat(operationsAbout(small.getFirst())).isEqualTo(1);
        assertThat(operationsAbout(large.getFirst())).isZero();
        assertThat(buyCalls(large)).isZero();
        long id = idOf(held);
        assertThat(state(id)).isEqualTo("PENDING");
        mvc.perform(get(held).with(operator())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-test=\"approval-waiting\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(large.get(2))));
        assertThat(audited(id)).containsExactly("approvals.requested");
    }

    @Test
    void aSecondTeammateApprovesAndMailinIsCalledOnceWhateverTheClicks() throws Exception {
        policy(Map.of("purchaseNamesOver", "0", "approvers", "ADMINS"));
        List<String> names = names("approved", 3);
        long id = idOf(confirm(names));
        mvc.perform(get("/").with(admin(OTHER_ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-test=\"approvals-pending-count\"")));

        // two admins, each clicking twice, all at once
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> clicks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (String admin : List.of(ADMIN, OTHER_ADMIN, ADMIN, OTHER_ADMIN)) {
                Callable<MvcResult> click = () -> {
                    start.await();
                    return approve(id, admin(admin));
                };
                clicks.add(pool.submit(click));
            }
            start.countDown();
        }

        assertThat(buyCalls(names)).isEqualTo(1);
        int sent = 0;
        for (Future<MvcResult> click : clicks) {
            MvcResult result = click.get();
            if (result.getFlashMap().get("flashSuccess") != null) {
                sent++;
                assertThat(result.getResponse().getRedirectedUrl()).startsWith("/domains/operations/");
            } else {
                assertThat(result.getFlashMap().get("flashError")).asString().contains("decided already");
            }
        }
        assertThat(sent).isEqualTo(1);
        assertThat(state(id)).isEqualTo("APPROVED");
        Map<String, Object> operation = jdbc.queryForMap("select o.state, o.created_by, j.started_by, j.upstream_ref"
                + " from operation o join job j on j.id = o.job_id join approval_request r"
                + " on r.operation_key = o.operation_key where r.id = ?", id);
        assertThat(operation).containsEntry("state", "ACCEPTED").containsEntry("created_by", OPERATOR)
                .containsEntry("started_by", OPERATOR).containsEntry("upstream_ref", "approved-job");
        assertThat(jdbc.queryForObject("select result_state from approval_request where id = ?", String.class, id))
                .isEqualTo("ACCEPTED");
        assertThat(audited(id)).containsExactly("approvals.requested", "approvals.approved", "approvals.result");
        assertThat(webhookEvents()).contains("approval_requested", "approval_approved");

        // the requester is told in the app until they open the request
        mvc.perform(get("/").with(operator())).andExpect(content().string(
                org.hamcrest.Matchers.containsString("data-test=\"approval-notice-" + id + "\"")));
        mvc.perform(get("/approvals/" + id).with(operator())).andExpect(status().isOk());
        mvc.perform(get("/").with(operator())).andExpect(content().string(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("data-test=\"approval-notice-" + id + "\""))));

        // a repeated confirm of the same key finds the request, never a second purchase
        String key = jdbc.queryForObject("select operation_key from approval_request where id = ?", String.class, id);
        mvc.perform(MockMvcRequestBuilders.post("/domains/buy/confirm").with(csrf()).with(operator())
                        .param("operationKey", key).param("provider", "SMTP").param("names", names.toArray(String[]::new)))
                .andExpect(redirectedUrlPattern("/approvals/*"));
        assertThat(buyCalls(names)).isEqualTo(1);
    }

    @Test
    void anApprovalWhoseSendNeverFinishedIsSentOnOnceByTheScheduler() throws Exception {
        policy(Map.of("purchaseNamesOver", "0", "approvers", "ADMINS"));
        List<String> names = names("restarted", 2);
        long id = idOf(confirm(names));
        // the process stopped right after the approval was stored, before anything was sent
        jdbc.update("update approval_request set state = 'APPROVED', decided_by = ?, decided_at = ? where id = ?",
                ADMIN, java.sql.Timestamp.from(clock.instant()), id);

        clock.advance(Duration.ofMinutes(4));
        approvals.resumeUnsettled();
        assertThat(buyCalls(names)).as("too early: the approver's own send may still be under way").isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(approvals.resumeUnsettled()).isGreaterThanOrEqualTo(1);
        assertThat(approvals.resumeUnsettled()).as("settled: nothing left to send on").isZero();

        assertThat(buyCalls(names)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select result_state from approval_request where id = ?", String.class, id))
                .isEqualTo("ACCEPTED");
        assertThat(audited(id)).containsExactly("approvals.requested", "approvals.result");
    }

    @Test
    void aSendThatWasUnderWayIsNotSentAgainWhenResumed() throws Exception {
        policy(Map.of("purchaseNamesOver", "0", "approvers", "ADMINS"));
        List<String> names = names("sent-before", 2);
        long id = idOf(confirm(names));
        approve(id, admin(ADMIN));
        assertThat(buyCalls(names)).isEqualTo(1);
        // as if the process stopped after Mailin's answer but before the result was stored
        jdbc.update("update approval_request set result_state = null, result_path = null where id = ?", id);

        clock.advance(Duration.ofMinutes(6));
        approvals.resumeUnsettled();

        assertThat(buyCalls(names)).as("found in the operation ledger under its key").isEqualTo(1);
        assertThat(jdbc.queryForObject("select result_state from approval_request where id = ?", String.class, id))
                .isNotNull();
    }

    @Test
    void nobodyApprovesTheirOwnRequestAndTheRolePolicyHolds() throws Exception {
        policy(Map.of("purchaseNamesOver", "0", "approvers", "ADMINS_AND_OPERATORS"));
        List<String> names = names("own", 2);
        long id = idOf(confirm(names));

        MvcResult own = approve(id, operator());
        assertThat(own.getFlashMap().get("flashError")).asString().contains("Nobody approves their own request");
        assertThat(state(id)).isEqualTo("PENDING");

        policy(Map.of("purchaseNamesOver", "0", "approvers", "ADMINS"));
        MvcResult otherOperator = approve(id, user("someone-else@team.test").roles("OPERATOR"));
        assertThat(otherOperator.getFlashMap().get("flashError")).asString().contains("does not let you");
        assertThat(state(id)).isEqualTo("PENDING");
        assertThat(buyCalls(names)).isZero();
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() throws Exception {
        policy(Map.of("purchaseNamesOver", "0", "approvers", "ADMINS"));
        List<String> names = names("rejected", 2);
        long id = idOf(confirm(names));

        MvcResult blank = mvc.perform(MockMvcRequestBuilders.post("/approvals/" + id + "/reject").with(csrf())
                .with(admin(ADMIN)).param("reason", "  ")).andReturn();
        assertThat(blank.getFlashMap().get("flashError")).asString().contains("reason is required");
        assertThat(state(id)).isEqualTo("PENDING");

        mvc.perform(MockMvcRequestBuilders.post("/approvals/" + id + "/reject").with(csrf()).with(admin(ADMIN))
                .param("reason", "Budget is spent this month")).andExpect(status().is3xxRedirection());

        assertThat(state(id)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select reason from approval_request where id = ?", String.class, id))
                .isEqualTo("Budget is spent this month");
        MvcResult late = approve(id, admin(OTHER_ADMIN));
        assertThat(late.getFlashMap().get("flashError")).asString().contains("decided already");
        assertThat(buyCalls(names)).isZero();
        assertThat(audited(id)).containsExactly("approvals.requested", "approvals.rejected");
        assertThat(webhookEvents()).contains("approval_rejected");
        mvc.perform(get("/approvals/" + id).with(operator())).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Budget is spent this month")));
    }

    @Test
    void anUndecidedRequestExpiresAndCanNoLongerBeApproved() throws Exception {
        policy(Map.of("purchaseNamesOver", "0", "approvers", "ADMINS"));
        List<String> names = names("expired", 2);
        long id = idOf(confirm(names));

        clock.advance(Duration.ofHours(23));
        approvals.expireDue();
        assertThat(state(id)).isEqualTo("PENDING");

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        MvcResult beforeTheSweep = approve(id, admin(ADMIN));
        assertThat(beforeTheSweep.getFlashMap().get("flashError")).asString().contains("expired");
        assertThat(approvals.expireDue()).isGreaterThanOrEqualTo(1);

        assertThat(state(id)).isEqualTo("EXPIRED");
        MvcResult late = approve(id, admin(ADMIN));
        assertThat(late.getFlashMap().get("flashError")).asString().contains("decided already");
        assertThat(buyCalls(names)).isZero();
        assertThat(audited(id)).containsExactly("approvals.requested", "approvals.expired");
        assertThat(webhookEvents()).contains("approval_expired");
    }

    @Test
    void aDeletionWaitsWhenThePolicySaysSoAndIsSentOnceApproved() throws Exception {
        policy(Map.of("deletions", "true", "approvers", "ADMINS_AND_OPERATORS"));
        String domain = PUBLIC + "/domains/1";
        mailin.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(domain)
                .willReturn(aResponse().withStatus(200).withBody(mailinFile("D4-domain.json"))));
        mailin.stubFor(delete(domain).willReturn(aResponse().withStatus(200).withBody(mailinFile("D11-delete.json"))));

        String held = mvc.perform(MockMvcRequestBuilders.post("/domains/1/delete").with(csrf()).with(operator())
                        .param("confirmName", "example.com"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idOf(held);
        mailin.verify(0, deleteRequestedFor(urlEqualTo(domain)));

        MvcResult approved = approve(id, user("second-operator@team.test").roles("OPERATOR"));

        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/domains");
        mailin.verify(1, deleteRequestedFor(urlEqualTo(domain)));
        assertThat(jdbc.queryForObject("select result_state from approval_request where id = ?", String.class, id))
                .isEqualTo("DELETED");
        assertThat(jdbc.queryForList("select action from audit_event where action = 'domain.delete'"
                + " and actor_email = 'second-operator@team.test'")).hasSize(1);
    }

    private static String mailinFile(String name) throws java.io.IOException {
        try (var in = ApprovalFlowTest.class.getResourceAsStream("/mailin/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePolicyIsAnAdminsSettingAndBadNumbersAreShownNextToTheirField() throws Exception {
        mvc.perform(get("/settings").with(admin(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-test=\"approval-policy\"")));
        mvc.perform(MockMvcRequestBuilders.post("/settings/approvals").with(csrf()).with(operator())
                .param("approvers", "ADMINS")).andExpect(status().isForbidden());

        MvcResult bad = mvc.perform(MockMvcRequestBuilders.post("/settings/approvals").with(csrf()).with(admin(ADMIN))
                .param("purchaseNamesOver", "-1").param("approvers", "ADMINS")).andReturn();
        assertThat(bad.getFlashMap().get("flashError")).asString().contains("not saved");
        // the refused form waits in the session (in the database): the browser's cookie brings it back
        mvc.perform(get("/settings").with(admin(ADMIN)).cookie(bad.getResponse().getCookie("SESSION")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"-1\"")));
        assertThat(jdbc.queryForObject("select purchase_names_over from approval_policy", Integer.class)).isNull();
        assertThat(jdbc.queryForList("select action from audit_event where action = 'settings.approvals'")).isNotEmpty();
    }
}

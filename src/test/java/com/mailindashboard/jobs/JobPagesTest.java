package com.mailindashboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mailindashboard.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The jobs pages, the layout's job count and notices, on the real application and PostgreSQL. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "dashboard.jobs.start-delay=1h")
class JobPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobLedger ledger;
    @Autowired
    JobRepository repository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    /** Teammates no other test uses, so the shared database does not disturb the counts. */
    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String ann = "ann-" + marker + "@team.test";
    private final String bob = "bob-" + marker + "@team.test";

    @Test
    void filtersNarrowTheJobsByKindStatusAndWho() throws Exception {
        Job purchase = start(JobKind.DOMAIN_PURCHASE, ann, "one.com");
        Job transfer = start(JobKind.DOMAIN_TRANSFER, ann, "two.com");
        complete(transfer, "done");
        Job mailbox = start(JobKind.GOOGLE_MAILBOX_CREATION, bob, "sales@three.com");
        fail(mailbox, "quota reached");

        assertThat(rowIds(html(viewer("/jobs").param("who", marker))))
                .containsExactly(mailbox.getId(), transfer.getId(), purchase.getId());
        assertThat(rowIds(html(viewer("/jobs").param("who", "ANN-" + marker.toUpperCase()))))
                .containsExactly(transfer.getId(), purchase.getId());
        assertThat(rowIds(html(viewer("/jobs").param("who", marker).param("kind", "DOMAIN_TRANSFER"))))
                .containsExactly(transfer.getId());
        assertThat(rowIds(html(viewer("/jobs").param("who", marker).param("status", "FAILED"))))
                .containsExactly(mailbox.getId());
        assertThat(rowIds(html(viewer("/jobs").param("who", marker).param("kind", "DOMAIN_PURCHASE")
                .param("status", "COMPLETED")))).isEmpty();
        assertThat(rowIds(html(viewer("/jobs").param("who", marker).param("kind", "NOT_A_KIND")
                .param("status", "maybe")))).hasSize(3);

        String page = html(viewer("/jobs").param("who", marker).param("kind", "GOOGLE_MAILBOX_CREATION"));
        assertThat(page).contains("Google mailbox creation").contains("text-bg-danger").contains(">Failed<")
                .contains("<option value=\"GOOGLE_MAILBOX_CREATION\" selected=\"selected\">")
                .contains("value=\"" + marker + "\"").contains("sales@three.com").contains(bob)
                .contains("1 job found");
        int filter = page.indexOf("data-test=\"jobs-filter\"");
        String bar = page.substring(page.lastIndexOf("<form", filter), page.indexOf("</form>", filter));
        assertThat(bar).as("the shared filter bar: the page's fields, Filter, Reset and the help line")
                .contains("action=\"/jobs\" method=\"get\"").contains("data-test=\"jobs-filter\"")
                .contains("name=\"who\"").contains("name=\"from\"").contains("name=\"to\"")
                .contains("data-test=\"jobs-filter-submit\"").contains("href=\"/jobs\">Reset</a>")
                .contains("form-text");
        assertThat(html(viewer("/jobs").param("who", marker + "-nobody"))).contains("No jobs match the filter.")
                .contains("No jobs found");
    }

    @Test
    void pagesShowTheNewestFirstAndKeepTheFilter() throws Exception {
        for (int i = 1; i <= 30; i++) {
            start(JobKind.MAILBOX_CREATION, ann, "box" + i + "@example.com");
        }

        String first = html(viewer("/jobs").param("who", ann));
        List<Long> firstIds = rowIds(first);
        assertThat(firstIds).hasSize(25).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(first).contains("30 jobs found").contains("Page 1 of 2").contains("box30@example.com")
                .contains("/jobs?who=" + ann.replace("@", "%40") + "&amp;page=2")
                .doesNotContain("data-test=\"jobs-previous\"");

        String second = html(viewer("/jobs").param("who", ann).param("page", "2"));
        assertThat(rowIds(second)).hasSize(5).allMatch(id -> id < firstIds.getLast());
        assertThat(second).contains("Page 2 of 2").contains("box1@example.com")
                .doesNotContain("data-test=\"jobs-next\"");

        assertThat(html(viewer("/jobs").param("who", ann).param("page", "99"))).contains("Page 2 of 2");
        assertThat(rowIds(html(viewer("/jobs").param("who", ann).param("size", "50")))).hasSize(30);
        assertThat(rowIds(html(viewer("/jobs").param("who", ann).param("size", "7").param("page", "x"))))
                .hasSize(25);
    }

    @Test
    void aRowShowsTheFirstSubjectsAndHowManyMore() throws Exception {
        Job job = ledger.start(JobKind.DOMAIN_PURCHASE, "uuid-many", JobStatus.PENDING,
                List.of("a.com", "b.com", "c.com", "d.com", "e.com"), ann, "accepted", null);

        String page = html(viewer("/jobs").param("who", ann));
        assertThat(page).contains("a.com, b.com, c.com").contains("+2 more").doesNotContain("d.com")
                .contains("href=\"/jobs/" + job.getId() + "\"").contains("Domain purchase").contains(">Pending<");
    }

    @Test
    void theJobPageShowsStatusTimelineResultsAndTheKeptLines() throws Exception {
        Job job = ledger.start(JobKind.DOMAIN_TRANSFER, "moving.com", JobStatus.PENDING, List.of("moving.com"), ann,
                "Transfer accepted", 4242L, List.of("ns1.mailin-dns.net", "ns2.mailin-dns.net"));
        apply(job, JobReport.inProgress("moving.com is not in the account yet."));
        apply(job, JobReport.completed("moving.com is in the account and its nameservers are active.",
                List.of("91")));

        String page = html(viewer("/jobs/" + job.getId()));
        assertThat(page).contains("Job #" + job.getId() + ": Domain transfer").contains("moving.com")
                .contains(ann).contains("href=\"/domains/operations/4242\"")
                .contains("data-copy=\"ns1.mailin-dns.net\"").contains("data-copy=\"ns2.mailin-dns.net\"")
                .contains("data-copy=\"ns1.mailin-dns.net\nns2.mailin-dns.net\"")
                .contains("Finished: Mailin reports it done").contains("href=\"/domains/91\">moving.com</a>")
                .as("the name is known: no bare id").doesNotContain("Domain #91")
                .contains("is in the account and its nameservers are active").contains("Not polled any more");
        String list = html(viewer("/jobs").param("who", ann).param("status", "COMPLETED"));
        assertThat(list).contains("Finished: not polled any more").doesNotContain(">None<");
        assertThat(page.indexOf("Transfer accepted")).isLessThan(page.indexOf("is not in the account yet"));
        assertThat(page.indexOf("is not in the account yet"))
                .isLessThan(page.lastIndexOf("nameservers are active"));
        assertThat(ledger.timeline(job.getId())).extracting(JobEvent::getStatus)
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED);
        assertThat(page).contains(">Pending<").contains(">Running<").contains(">Completed<");
    }

    @Test
    void theJobPageExplainsEveryStatusThatNeedsWords() throws Exception {
        Job unknown = ledger.start(JobKind.DOMAIN_PURCHASE, null, JobStatus.OUTCOME_UNKNOWN, List.of("lost.com"),
                ann, "No answer from Mailin after the request was sent", 7L);
        assertThat(html(viewer("/jobs/" + unknown.getId()))).contains("Outcome unknown")
                .contains("The request was sent, but no answer came back")
                .contains("never retried automatically; the dashboard is looking for the result in the account")
                .contains("Mailin gave no job reference");

        Job stuck = start(JobKind.DOMAIN_PURCHASE, ann, "slow.com");
        transactions.executeWithoutResult(s -> repository.findById(stuck.getId()).orElseThrow()
                .markStuck(Instant.now()));
        assertThat(html(viewer("/jobs/" + stuck.getId()))).contains(">Stuck<")
                .contains("Still not finished after the limit").contains("check with Mailin");

        Job failed = start(JobKind.DOMAIN_PURCHASE, ann, "refused.com");
        fail(failed, "Registrar refused");
        assertThat(html(viewer("/jobs/" + failed.getId()))).contains("Mailin reports that it failed")
                .contains("Registrar refused").contains("Nothing yet");
    }

    @Test
    void anUnknownJobIsNotFound() throws Exception {
        mvc.perform(viewer("/jobs/987654321")).andExpect(status().isNotFound());
        mvc.perform(viewer("/jobs/987654321/live")).andExpect(status().isNotFound());
    }

    @Test
    void theFragmentsHoldOnlyThePartThatRefreshes() throws Exception {
        Job job = start(JobKind.DOMAIN_PURCHASE, ann, "fragment.com");

        String table = html(htmx(viewer("/jobs/table").param("who", ann)));
        assertThat(table.strip()).startsWith("<div id=\"jobs-table\"").endsWith("</div>");
        assertThat(table).contains("data-test=\"job-row-" + job.getId() + "\"").doesNotContain("<html")
                .doesNotContain("<nav").doesNotContain("jobs-filter").doesNotContain("jobs-pagination");

        String live = html(htmx(viewer("/jobs/" + job.getId() + "/live")));
        assertThat(live.strip()).startsWith("<div id=\"job-live\"").endsWith("</div>");
        assertThat(live).contains("data-test=\"job-status\"").contains(">Pending<").contains("job-timeline")
                .doesNotContain("<html").doesNotContain("<nav").doesNotContain("job-facts");
    }

    @Test
    void pagesPollOnlyWhileSomethingShownIsActive() throws Exception {
        Job active = start(JobKind.DOMAIN_PURCHASE, ann, "active.com");
        Job done = start(JobKind.DOMAIN_PURCHASE, ann, "done.com");
        complete(done, "bought");

        String list = html(viewer("/jobs").param("who", ann));
        assertThat(list).contains("hx-get=\"/jobs/table?who=" + ann.replace("@", "%40") + "&amp;page=1\"")
                .contains("hx-trigger=\"every 3s\"");
        String completedOnly = html(viewer("/jobs").param("who", ann).param("status", "COMPLETED"));
        assertThat(completedOnly).doesNotContain("hx-trigger").doesNotContain("hx-get");

        assertThat(html(viewer("/jobs/" + active.getId()))).contains("hx-get=\"/jobs/" + active.getId() + "/live\"")
                .contains("hx-trigger=\"every 3s\"");
        assertThat(html(viewer("/jobs/" + done.getId()))).doesNotContain("hx-trigger").doesNotContain("hx-get");

        String plus = "ann+ops-" + marker + "@team.test";
        start(JobKind.DOMAIN_PURCHASE, plus, "plus.com");
        assertThat(html(viewer("/jobs").param("who", plus).param("kind", "DOMAIN_PURCHASE")))
                .contains("hx-get=\"/jobs/table?kind=DOMAIN_PURCHASE&amp;who=ann%2Bops-" + marker
                        + "%40team.test&amp;page=1\"");

        complete(active, "bought as well");
        assertThat(html(htmx(viewer("/jobs/" + active.getId() + "/live")))).doesNotContain("hx-trigger");
        assertThat(html(htmx(viewer("/jobs/table").param("who", ann)))).doesNotContain("hx-trigger");
    }

    @Test
    void theNavigationCountsActiveJobs() throws Exception {
        start(JobKind.DOMAIN_PURCHASE, ann, "counted.com");
        long active = ledger.activeCount();

        assertThat(html(viewer("/jobs"))).contains("data-test=\"jobs-active-count\"")
                .containsPattern("data-test=\"jobs-active-count\">" + active + "</span>");
        mvc.perform(get("/jobs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theStarterSeesANoticeWhenTheirJobEndsUntilTheyOpenIt() throws Exception {
        Job job = start(JobKind.DOMAIN_PURCHASE, ann, "notice.com");
        assertThat(html(operator(ann, "/audit"))).doesNotContain("job-notice-" + job.getId());

        html(operator(ann, "/jobs/" + job.getId())); // looked while it was running
        complete(job, "bought");

        String notice = "Job #" + job.getId() + " (domain purchase) completed";
        assertThat(html(operator(ann, "/audit"))).contains(notice).contains("href=\"/jobs/" + job.getId() + "\"")
                .contains("data-test=\"job-notice-dismiss-" + job.getId() + "\"");
        assertThat(html(operator(bob, "/audit"))).doesNotContain(notice);
        assertThat(html(viewer("/jobs/" + job.getId()))).doesNotContain(notice);
        assertThat(ledger.find(job.getId()).orElseThrow().isSeenByStarter()).isFalse();

        assertThat(html(operator(ann, "/jobs/" + job.getId()))).doesNotContain(notice);
        assertThat(ledger.find(job.getId()).orElseThrow().isSeenByStarter()).isTrue();
        assertThat(html(operator(ann, "/audit"))).doesNotContain(notice);
    }

    @Test
    void aStuckOrFailedJobIsNewsToo() throws Exception {
        Job failed = start(JobKind.GOOGLE_DOMAIN_PURCHASE, ann, "failed.com");
        fail(failed, "no");
        Job stuck = start(JobKind.DOMAIN_TRANSFER, ann, "stuck.com");
        transactions.executeWithoutResult(s -> repository.findById(stuck.getId()).orElseThrow()
                .markStuck(Instant.now()));

        assertThat(html(operator(ann, "/"))).contains("Job #" + failed.getId() + " (google domain purchase) failed")
                .contains("Job #" + stuck.getId() + " (domain transfer) is stuck");
    }

    @Test
    void dismissingANoticeMarksTheJobSeen() throws Exception {
        Job first = start(JobKind.DOMAIN_PURCHASE, ann, "first.com");
        complete(first, "bought");
        Job second = start(JobKind.DOMAIN_PURCHASE, ann, "second.com");
        complete(second, "bought");

        mvc.perform(post("/jobs/" + first.getId() + "/seen").param("back", "/audit?action=x")
                        .with(user(ann).roles("OPERATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/audit?action=x"));
        String after = html(operator(ann, "/audit"));
        assertThat(after).doesNotContain("job-notice-" + first.getId() + "\"")
                .contains("job-notice-" + second.getId() + "\"");

        String answer = mvc.perform(post("/jobs/" + second.getId() + "/seen").header("HX-Request", "true")
                        .with(user(ann).roles("OPERATOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).isBlank();
        assertThat(html(operator(ann, "/audit"))).doesNotContain("job-notices");

        Job third = start(JobKind.DOMAIN_PURCHASE, ann, "third.com");
        mvc.perform(post("/jobs/" + third.getId() + "/seen").param("back", "//evil.example/x")
                        .with(user(ann).roles("OPERATOR")).with(csrf()))
                .andExpect(redirectedUrl("/jobs"));
        mvc.perform(post("/jobs/" + third.getId() + "/seen").param("back", "https://evil.example/x")
                        .with(user(ann).roles("OPERATOR")).with(csrf()))
                .andExpect(redirectedUrl("/jobs"));
    }

    /** Issue 7 item 25: one compact area, a few listed and the rest counted, "dismiss all", and notices that expire. */
    @Test
    void noticesShareOneCompactAreaWithDismissAllAndExpire() throws Exception {
        List<Job> ended = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Job job = start(JobKind.DOMAIN_PURCHASE, ann, "many-" + i + ".com");
            complete(job, "bought");
            ended.add(job);
        }
        Job old = ended.getFirst();
        jdbc.update("update job set finished_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(25))), old.getId());
        Job others = start(JobKind.DOMAIN_PURCHASE, bob, "bobs.com");
        complete(others, "bought");

        String page = html(operator(ann, "/audit"));
        assertThat(page.split("data-test=\"job-notices\"", -1)).as("one notice area").hasSize(2);
        assertThat(page).contains("6 of your jobs ended", "data-test=\"job-notices-dismiss-all\"",
                "and 1 more on the Jobs page").doesNotContain("job-notice-" + old.getId() + "\"")
                .doesNotContain("alert alert-info d-flex");
        assertThat(page.split("data-test=\"job-notice-\\d+\"", -1)).as("five listed").hasSize(6);

        mvc.perform(post("/jobs/notices/dismiss-all").param("back", "/audit").with(user(ann).roles("OPERATOR"))
                .with(csrf())).andExpect(redirectedUrl("/audit"));
        assertThat(html(operator(ann, "/audit"))).doesNotContain("job-notices");
        assertThat(ended).allSatisfy(job -> assertThat(ledger.find(job.getId()).orElseThrow().isSeenByStarter())
                .isTrue());
        assertThat(ledger.find(others.getId()).orElseThrow().isSeenByStarter()).as("only one's own").isFalse();
        mvc.perform(post("/jobs/notices/dismiss-all").with(user("viewer@team.test").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aViewerCanReadJobsButNobodyDismissesAnotherTeammatesNotice() throws Exception {
        Job job = start(JobKind.DOMAIN_PURCHASE, ann, "others.com");
        complete(job, "bought");

        mvc.perform(viewer("/jobs")).andExpect(status().isOk());
        mvc.perform(viewer("/jobs/" + job.getId())).andExpect(status().isOk());
        mvc.perform(post("/jobs/" + job.getId() + "/seen").with(user("viewer@team.test").roles("VIEWER"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/jobs/" + job.getId() + "/seen").with(user(bob).roles("OPERATOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/jobs/" + job.getId() + "/seen").with(user(ann).roles("OPERATOR")))
                .andExpect(status().isForbidden());

        assertThat(ledger.find(job.getId()).orElseThrow().isSeenByStarter()).isFalse();
        assertThat(html(operator(ann, "/audit"))).contains("job-notice-" + job.getId() + "\"");
        assertThat(html(operator(ann, "/jobs/" + job.getId()))).as("the job's own page shows no notice of it")
                .doesNotContain("job-notice-" + job.getId() + "\"");
    }

    @Test
    void activeMeansNotEndedAndFromToBoundTheCreationDayWhichLinksKeep() throws Exception {
        Job old = start(JobKind.DOMAIN_PURCHASE, ann, "old.com");
        Job recent = start(JobKind.DOMAIN_PURCHASE, ann, "recent.com");
        Job done = start(JobKind.DOMAIN_PURCHASE, ann, "done.com");
        complete(done, "done");
        new JdbcTemplate(dataSource).update(
                "update job set created_at = ? where id = ?", Timestamp.from(Instant.parse("2026-03-10T23:59:00Z")),
                old.getId());

        assertThat(rowIds(html(viewer("/jobs").param("who", ann).param("status", "ACTIVE"))))
                .containsExactly(recent.getId(), old.getId());
        assertThat(rowIds(html(viewer("/jobs").param("who", ann).param("to", "2026-03-10"))))
                .containsExactly(old.getId());
        assertThat(rowIds(html(viewer("/jobs").param("who", ann).param("from", "2026-03-11"))))
                .containsExactly(done.getId(), recent.getId());
        assertThat(rowIds(html(viewer("/jobs").param("who", ann).param("from", "last tuesday")))).hasSize(3);
        String page = html(viewer("/jobs").param("who", ann).param("status", "ACTIVE").param("from", "2026-03-01")
                .param("size", "100"));
        assertThat(page).contains("<option value=\"ACTIVE\" selected=\"selected\">Not ended (any active)</option>",
                "name=\"from\" type=\"date\" class=\"form-control\" value=\"2026-03-01\"",
                "status=ACTIVE&amp;who=" + ann.replace("@", "%40") + "&amp;from=2026-03-01&amp;size=100");
    }

    private Job start(JobKind kind, String who, String subject) {
        return ledger.start(kind, "ref-" + subject, JobStatus.PENDING, List.of(subject), who, "accepted", null);
    }

    private void complete(Job job, String report) {
        apply(job, JobReport.completed(report, List.of()));
    }

    private void fail(Job job, String report) {
        apply(job, JobReport.failed(report));
    }

    private void apply(Job job, JobReport report) {
        transactions.executeWithoutResult(s -> ledger.applyReport(repository.findById(job.getId()).orElseThrow(),
                report));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder viewer(String path) {
        return get(path).with(user("viewer@team.test").roles("VIEWER"));
    }

    private static MockHttpServletRequestBuilder operator(String email, String path) {
        return get(path).with(user(email).roles("OPERATOR"));
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    private static List<Long> rowIds(String html) {
        Matcher rows = Pattern.compile("data-test=\"job-row-(\\d+)\"").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (rows.find()) {
            ids.add(Long.parseLong(rows.group(1)));
        }
        return ids;
    }
}

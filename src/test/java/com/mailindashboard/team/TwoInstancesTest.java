package com.mailindashboard.team;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mailindashboard.MailinDashboardApplication;
import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.support.PostgresServer;
import com.mailindashboard.support.RealServerClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two dashboards on one PostgreSQL, as behind a proxy: application contexts built by hand on one
 * database (like jobs.JobSchedulerTest), a WireMock standing in for Mailin. They share the Mailin
 * budget (5 calls/s for both together), the teammates' sessions (a login on one is valid on the
 * other, ending a teammate's sessions on one ends them on both) and scheduled maintenance (run by
 * one at a time).
 */
class TwoInstancesTest {

    private static final String PUBLIC = "/api/v1/public";
    private static final int PER_SECOND = 5;
    private static final String DOMAIN_PATH = PUBLIC + "/domains/[0-9]+";
    private static final Pattern TEMPORARY_PASSWORD =
            Pattern.compile("data-test=\"temporary-password-value\"[^>]*>([^<]+)</code>");

    static final WireMockServer mailin = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(40));
    static final List<Throwable> FAILURES = new CopyOnWriteArrayList<>();
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        mailin.start();
        mailin.stubFor(post(PUBLIC + "/auth/login").willReturn(aResponse().withStatus(200)
                .withBody("{\"user_id\": 1, \"token\": \"1|wiremock\"}")));
        mailin.stubFor(get(urlPathMatching(DOMAIN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(documented("D4-domain.json"))));
        String database = PostgresServer.get().createDatabase("two_instances");
        // one after the other: the first creates the admin (and runs the migrations), the second finds them
        first = start(database);
        second = start(database);
    }

    @AfterAll
    static void stopInstances() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        mailin.stop();
    }

    @Test
    void bothInstancesTogetherKeepToTheOneBudget() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong ids = new AtomicLong();
        AtomicInteger firstCalls = new AtomicInteger();
        AtomicInteger secondCalls = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        // each instance logs in to Mailin and warms its HTTP client first (a cold first call takes seconds here)
        first.getBean(DomainClient.class).domain(ids.incrementAndGet());
        second.getBean(DomainClient.class).domain(ids.incrementAndGet());
        Thread.sleep(1_000);
        mailin.resetRequests();
        try {
            // four callers per instance, each asking for another domain (no two reads are the same, none is shared)
            for (int i = 0; i < 4; i++) {
                callers.submit(() -> callUntilStopped(first, running, ids, firstCalls));
                callers.submit(() -> callUntilStopped(second, running, ids, secondCalls));
            }
            Thread.sleep(4_000);
        } finally {
            running.set(false);
            callers.shutdownNow();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        List<Long> sent = mailin.findAll(getRequestedFor(urlPathMatching(DOMAIN_PATH))).stream()
                .map(LoggedRequest::getLoggedDate).map(date -> date.getTime()).sorted().toList();
        assertThat(FAILURES).as("calls that failed while the test ran").isEmpty();
        assertThat(firstCalls.get()).as("the first instance called Mailin").isGreaterThanOrEqualTo(3);
        assertThat(secondCalls.get()).as("the second instance called Mailin").isGreaterThanOrEqualTo(3);
        assertThat(sent).hasSizeGreaterThanOrEqualTo(firstCalls.get() + secondCalls.get());
        // the callers kept the budget busy for the whole window (about 5 a second): the limit was tested, not idle
        assertThat(sent).as("calls in 4 s").hasSizeGreaterThanOrEqualTo(3 * PER_SECOND);
        // a token bucket of PER_SECOND a second with a burst of PER_SECOND: no span of t seconds holds more
        // than PER_SECOND * (1 + t) calls (one more for the stand-in's millisecond timestamps)
        for (int from = 0; from < sent.size(); from++) {
            for (int to = from; to < sent.size(); to++) {
                double seconds = (sent.get(to) - sent.get(from)) / 1000.0;
                int calls = to - from + 1;
                assertThat(calls).as("calls from %d ms to %d ms of %s", sent.get(from) - sent.getFirst(),
                        sent.get(to) - sent.getFirst(), sent).isLessThanOrEqualTo((int) (PER_SECOND * (1 + seconds)) + 1);
            }
        }
        double seconds = (sent.getLast() - sent.getFirst()) / 1000.0;
        System.out.printf("two instances: %d calls to Mailin in %.2f s (%d + %d), budget %d/s with a burst of %d%n",
                sent.size(), seconds, firstCalls.get(), secondCalls.get(), PER_SECOND, PER_SECOND);
    }

    @Test
    void aLoginOnOneInstanceIsValidOnTheOther() {
        CookieManager browser = new CookieManager();
        RealServerClient onFirst = new RealServerClient(port(first), browser);
        RealServerClient onSecond = new RealServerClient(port(second), browser);

        onFirst.login("admin@team.test", "Quiet-Lantern-Fjord-82");

        HttpResponse<String> page = onSecond.get("/profile/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"currentPassword\"");
        assertThat(new RealServerClient(port(second)).get("/profile/password").statusCode())
                .as("without the cookie").isEqualTo(302);

        HttpCookie session = browser.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION")).findFirst().orElseThrow();
        assertThat(onSecond.post("/logout", Map.of()).statusCode()).isEqualTo(302);
        // the old cookie, kept as a stolen copy would be: the session it named is gone on the first instance too
        CookieManager stolen = new CookieManager();
        stolen.getCookieStore().add(URI.create("http://localhost:" + port(first)), session);
        assertThat(new RealServerClient(port(first), stolen).get("/profile/password").headers().firstValue("Location"))
                .as("logged out on the other instance too")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
    }

    @Test
    void aPageWritesTheVisitToTheSessionRowOnlyOnceAMinute() {
        CookieManager browser = new CookieManager();
        RealServerClient onFirst = new RealServerClient(port(first), browser);
        RealServerClient onSecond = new RealServerClient(port(second), browser);
        JdbcTemplate database = first.getBean(JdbcTemplate.class);
        onFirst.login("admin@team.test", "Quiet-Lantern-Fjord-82");
        String id = browser.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .findFirst().map(HttpCookie::getValue)
                .map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII))
                .orElseThrow();
        // the login changed the session's id and principal: written
        Map<String, Object> row = database.queryForMap(
                "select principal_name, last_access_time from spring_session where session_id = ?", id);
        assertThat(row.get("principal_name")).isEqualTo("admin@team.test");
        long loggedIn = ((Number) row.get("last_access_time")).longValue();

        assertThat(onSecond.get("/profile/password").statusCode()).isEqualTo(200);
        assertThat(onFirst.get("/profile/password").statusCode()).isEqualTo(200);
        assertThat(database.queryForObject("select last_access_time from spring_session where session_id = ?",
                Long.class, id)).as("pages within a minute write nothing").isEqualTo(loggedIn);

        long twoMinutesEarlier = loggedIn - Duration.ofMinutes(2).toMillis();
        database.update("update spring_session set last_access_time = ? where session_id = ?", twoMinutesEarlier, id);
        assertThat(onSecond.get("/profile/password").statusCode()).isEqualTo(200);
        assertThat(database.queryForObject("select last_access_time from spring_session where session_id = ?",
                Long.class, id)).as("a page a minute or more later writes the visit").isGreaterThan(loggedIn);
    }

    @Test
    void theSessionFilterStartsNoSaveForAPageThatChangedNothing() {
        // Boot builds the filter on the JDBC repository; SessionConfiguration rebuilds it on the quiet one
        SessionRepositoryFilter<?> filter = first.getBean(SessionRepositoryFilter.class);
        assertThat(ReflectionTestUtils.getField(filter, "sessionRepository")).isInstanceOf(QuietSessionRepository.class);
        assertThat(filter).as("and reads a session once per request").isInstanceOf(QuietSessionFilter.class);
    }

    @Test
    void sessionRowsAreReadAndWrittenInTransactionsOfPlainJdbcNotJpa() {
        Object transactions = ReflectionTestUtils.getField(first.getBean(JdbcIndexedSessionRepository.class),
                "transactionOperations");
        assertThat(transactions).isInstanceOf(TransactionTemplate.class);
        TransactionTemplate template = (TransactionTemplate) transactions;
        assertThat(template.getTransactionManager()).isInstanceOf(JdbcTransactionManager.class);
        assertThat(template.getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void aTemporaryPasswordIssuedOnOneIsShownOnTheOtherButNeverStoredInClear() {
        CookieManager browser = new CookieManager();
        RealServerClient onFirst = new RealServerClient(port(first), browser);
        RealServerClient onSecond = new RealServerClient(port(second), browser);
        onFirst.login("admin@team.test", "Quiet-Lantern-Fjord-82");

        HttpResponse<String> added = onFirst.post("/team", Map.of("email", "newcomer-two-instances@team.test",
                "displayName", "Newcomer", "role", "OPERATOR"));
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/team"));
        // the flash waits in the session table for the next page, whichever instance serves it
        List<byte[]> stored = first.getBean(JdbcTemplate.class)
                .queryForList("select attribute_bytes from spring_session_attributes", byte[].class);

        Matcher shown = TEMPORARY_PASSWORD.matcher(onSecond.get("/team").body());
        assertThat(shown.find()).as("the temporary password is shown once, by the other instance").isTrue();
        String temporary = shown.group(1).strip();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .doesNotContain(temporary, "newcomer-two-instances", "admin@team.test", "java."));
        assertThat(TEMPORARY_PASSWORD.matcher(onSecond.get("/team").body()).find()).as("shown once").isFalse();
    }

    @Test
    void aRoleChangedOnOneInstanceEndsTheTeammatesSessionOnTheOther() {
        NewTeammateForm form = new NewTeammateForm();
        form.setEmail("operator-two-instances@team.test");
        form.setDisplayName("Operator");
        form.setRole(Role.OPERATOR);
        IssuedPassword issued = second.getBean(TeamService.class).add(form);
        RealServerClient onFirst = new RealServerClient(port(first));
        HttpResponse<String> login = onFirst.post("/login",
                Map.of("username", issued.email(), "password", issued.password()));
        assertThat(login.headers().firstValue("Location")).as("logged in, asked for a new password").hasValue("/profile/password");
        assertThat(onFirst.get("/profile/password").statusCode()).isEqualTo(200);

        long id = second.getBean(TeamService.class).all().stream()
                .filter(user -> user.getEmail().equals(issued.email())).findFirst().orElseThrow().getId();
        second.getBean(TeamService.class).changeRole(id, Role.VIEWER);

        assertThat(onFirst.get("/profile/password").headers().firstValue("Location"))
                .as("the session on the first instance ended").hasValue("/login?expired");
    }

    @Test
    void scheduledMaintenanceRunsOnOneInstanceAtATime() {
        JdbcTemplate database = first.getBean(JdbcTemplate.class);
        database.update("insert into login_failure (account_key, ip, failed_at) values (?, ?, ?)",
                "long-ago@team.test", "192.0.2.7", Timestamp.from(Instant.now().minus(Duration.ofDays(3))));
        String count = "select count(*) from login_failure where account_key = 'long-ago@team.test'";

        // the first instance is running the purge (it holds the task's lock): the second skips its round
        SimpleLock running = first.getBean(LockProvider.class).lock(new LockConfiguration(Instant.now(),
                "login-failures-forget", Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        second.getBean(LoginThrottle.class).forgetOldFailures();
        assertThat(database.queryForObject(count, Integer.class)).as("skipped while the other runs it").isEqualTo(1);

        running.unlock();
        second.getBean(LoginThrottle.class).forgetOldFailures();
        assertThat(database.queryForObject(count, Integer.class)).as("run once the other is done").isZero();
    }

    private static void callUntilStopped(ConfigurableApplicationContext instance, AtomicBoolean running,
                                         AtomicLong ids, AtomicInteger calls) {
        DomainClient domains = instance.getBean(DomainClient.class);
        while (running.get() && !Thread.currentThread().isInterrupted()) {
            try {
                domains.domain(ids.incrementAndGet());
                calls.incrementAndGet();
            } catch (RuntimeException e) {
                if (running.get()) {
                    FAILURES.add(e);
                }
                // else: the wait for a permit was cut short when the test stopped: nothing was sent
            }
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        PostgresServer server = PostgresServer.get();
        return new SpringApplicationBuilder(MailinDashboardApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + server.user(),
                        "--spring.datasource.password=" + server.password(),
                        "--spring.datasource.driver-class-name=org.postgresql.Driver",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--mailin.base-url=" + mailin.baseUrl(),
                        "--mailin.email=ops@example.com",
                        "--mailin.password=mailin-password",
                        "--mailin.rate-limit.per-second=" + PER_SECOND,
                        "--dashboard.jobs.start-delay=1h");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String documented(String file) {
        try (InputStream in = TwoInstancesTest.class.getResourceAsStream("/mailin/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

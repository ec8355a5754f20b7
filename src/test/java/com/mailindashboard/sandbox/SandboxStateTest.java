package com.mailindashboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The state and its services without HTTP: configuration, concurrency and paging edge cases. */
class SandboxStateTest {

    private final SandboxTestClock clock = new SandboxTestClock();

    @Test
    void withNoPendingPollsAndNoActivationReadsAPurchaseIsDoneAtOnce() {
        SandboxState state = new SandboxState(clock, Duration.ofMinutes(30), 0, 0);
        SandboxDomainOrders orders = new SandboxDomainOrders(state);

        String uuid = orders.buy(SandboxProvider.SMTP, "instant.com");
        Map<String, Object> status = orders.status(uuid).orElseThrow();

        assertThat(status).containsEntry("status", "completed").containsEntry("report", "BatchAddDomain completed");
        assertThat(state.domainNamed("instant.com")).get().extracting(SandboxDomain::active).isEqualTo(true);
    }

    @Test
    void theConfiguredNumberOfPollsStaysPending() {
        SandboxState state = new SandboxState(clock, Duration.ofMinutes(30), 5, 2);
        SandboxMailboxService mailboxes = new SandboxMailboxService(state);
        String uuid = mailboxes.create(List.of(MailboxDraft.smtp(0, "x@getopener.com", "X", null)));

        List<Object> statuses = IntStream.range(0, 6)
                .mapToObj(i -> mailboxes.status(uuid).orElseThrow().get("status")).toList();

        assertThat(statuses).containsExactly("pending", "pending", "pending", "pending", "pending", "completed");
    }

    @Test
    void concurrentPurchasesGetDistinctDomains() throws Exception {
        SandboxState state = new SandboxState(clock, Duration.ofMinutes(30), 0, 2);
        SandboxDomainOrders orders = new SandboxDomainOrders(state);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> buys = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> orders.status(orders.buy(SandboxProvider.SMTP, "n" + i + ".com"))))
                    .<Future<?>>map(future -> future).toList();
            for (Future<?> buy : buys) {
                buy.get();
            }
        }
        List<SandboxDomain> domains = state.domains(SandboxProvider.SMTP);
        assertThat(domains).hasSize(24 + 40);
        assertThat(domains).extracting(SandboxDomain::id).doesNotHaveDuplicates();
    }

    @Test
    void mailboxSlotsLimitCreation() {
        SandboxState state = new SandboxState(clock, Duration.ofMinutes(30), 3, 2);
        SandboxMailboxService mailboxes = new SandboxMailboxService(state);
        List<MailboxDraft> tooMany = IntStream.range(0, 151)
                .mapToObj(i -> MailboxDraft.smtp(i, "box" + i + "@getopener.com", "Box " + i, null)).toList();

        assertThatThrownBy(() -> mailboxes.create(tooMany))
                .isInstanceOf(SandboxProblem.class)
                .hasMessage("Not enough mailbox slots: 150 free, 151 requested.");
        assertThat(mailboxes.create(tooMany.subList(0, 150))).isNotBlank();
    }

    @Test
    void resetForgetsChanges() {
        SandboxState state = new SandboxState(clock, Duration.ofMinutes(30), 3, 2);
        new SandboxDomainService(state).delete(1);
        assertThat(state.domains(SandboxProvider.SMTP)).hasSize(23);

        state.reset();

        assertThat(state.domains(SandboxProvider.SMTP)).hasSize(24);
        assertThat(state.mailboxCount()).isEqualTo(50);
    }

    @Test
    void pageQueriesFallBackToDefaults() {
        assertThat(new SandboxPageQuery("abc", "0", null).pageNumber()).isEqualTo(1);
        assertThat(new SandboxPageQuery("-4", "x", null).pageSize()).isEqualTo(15);
        assertThat(new SandboxPageQuery("2", "5000", null).pageSize()).isEqualTo(SandboxPageQuery.MAX_PER_PAGE);
        assertThat(new SandboxPageQuery(null, null, "*Open*").matches("getopener.com")).isTrue();
    }

    @Test
    void anEmptyListIsOnePageWithoutBounds() {
        Map<String, Object> page = SandboxPage.of(new SandboxPageQuery(null, null, null), List.<String>of(),
                name -> Map.of("name", name), "http://x/list");
        assertThat(page).containsEntry("last_page", 1).containsEntry("total", 0).containsEntry("from", null)
                .containsEntry("to", null).containsEntry("next_page_url", null);
        assertThat(page.keySet()).containsExactly("current_page", "data", "first_page_url", "from", "last_page",
                "last_page_url", "next_page_url", "path", "per_page", "prev_page_url", "to", "total");
    }
}

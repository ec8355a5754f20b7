package com.mailindashboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The bucket every instance shares, alone on a real PostgreSQL: two budgets (as two instances
 * would hold) taking permits from it as fast as they can never exceed its rate together.
 */
class SharedUpstreamBucketTest {

    @Test
    void twoHoldersTogetherKeepToTheRate() throws Exception {
        PostgresServer server = PostgresServer.get();
        DriverManagerDataSource database = new DriverManagerDataSource(server.createDatabase("shared_bucket"),
                server.user(), server.password());
        new JdbcTemplate(database).execute(new ClassPathResource(
                "db/migration/postgresql/V8_1__shared_upstream_budget.sql").getContentAsString(StandardCharsets.UTF_8));
        SharedPermits first = new SharedUpstreamBucket(database, 5);
        SharedPermits second = new SharedUpstreamBucket(database, 5);
        List<Long> granted = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(3);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            SharedPermits permits = i % 2 == 0 ? first : second;
            callers.submit(() -> {
                while (System.nanoTime() < end) {
                    if (permits.take(Duration.ofSeconds(5))) {
                        granted.add(System.nanoTime() - start);
                    }
                }
            });
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Long> times = granted.stream().sorted().toList();
        System.out.println("shared bucket grants (ms): " + times.stream().map(t -> t / 1_000_000).toList());
        // 5 at once (the burst), then 5 a second: about 5 + 5 * 3 by the end, never more
        long withinThree = times.stream().filter(t -> t <= TimeUnit.SECONDS.toNanos(3)).count();
        assertThat(withinThree).isBetween(12L, 5L + 5 * 3 + 1);
        for (int i = 0; i < times.size(); i++) {
            for (int j = i; j < times.size(); j++) {
                double seconds = (times.get(j) - times.get(i)) / 1e9;
                assertThat(j - i + 1).isLessThanOrEqualTo((int) (5 * (1 + seconds)) + 1);
            }
        }
    }
}

package com.mailindashboard.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The upstream budget under a team's day (issue 12), through the real gateway (MailinHttp, the
 * budget with its lanes, WebClient) against a WireMock stand-in that answers every call after
 * {@code latency}: {@code teammates} people browsing (each page two reads, a pause of 3-8 s between
 * pages) while an export reads {@code mailboxes} mailboxes 100 per page (started-work lane) and the
 * scheduler polls {@code jobs} pending jobs round after round (background lane), at 5 calls/s.
 * Prints the page reads' wait for a permit (p50/p95/max), the page latency, the export's time, and
 * how long until every job was polled once. Not a test: run by src/test/bench/upstream-budget.sh.
 */
public final class UpstreamBudgetBenchmark {

    public static void main(String[] args) throws Exception {
        int teammates = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int mailboxes = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int jobs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int latencyMs = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int perSecond = 5;

        WireMockServer standIn = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(64));
        standIn.start();
        String base = "/api/v1/public";
        standIn.stubFor(get(urlPathEqualTo(base + "/servers")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(latencyMs).withBody("[]")));
        standIn.stubFor(get(urlPathEqualTo(base + "/domains")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(latencyMs).withBody("{\"data\": [], \"total\": 60, \"current_page\": 1}")));
        standIn.stubFor(get(urlPathEqualTo(base + "/mailboxes")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(latencyMs).withBody("{\"data\": [], \"total\": " + mailboxes + "}")));
        standIn.stubFor(get(urlPathMatching(base + "/domains/status/.*")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(latencyMs).withBody("{\"status\": \"pending\"}")));

        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        meters.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return DistributionStatisticConfig.builder().percentiles(0.5, 0.95).build().merge(config);
            }
        });
        MailinProperties properties = MailinSettings.bind("base-url", standIn.baseUrl(),
                "rate-limit.per-second", String.valueOf(perSecond), "rate-limit.max-wait", "60s",
                "rate-limit.keep-slow-reads", "0s");
        InMemoryConnectionSource connections = new InMemoryConnectionSource(standIn.baseUrl(), new MailinToken("1|t", "1"));
        UpstreamBudget budget = new UpstreamBudget(perSecond, properties.rateLimit().startedWorkShare(),
                properties.rateLimit().backgroundShare(), meters);
        MailinHttp http = new MailinHttp(MailinWebClients.create(WebClient.builder(), properties), properties,
                new MailinEndpoints(Map.of()), connections, new MailinSession(connections), budget, meters,
                (request, response, failure) -> { }, MailinHttp.RetryPauses.NONE);

        AtomicBoolean exportDone = new AtomicBoolean();
        AtomicBoolean everyJobPolled = new AtomicBoolean();
        List<Long> pageMillis = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> polled = ConcurrentHashMap.newKeySet();
        AtomicInteger exportPages = new AtomicInteger();
        long start = System.nanoTime();
        long[] exportEnded = new long[1];
        long[] jobsEnded = new long[1];
        int exportPageCount = (mailboxes + 99) / 100;

        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> UpstreamLanes.in(UpstreamLane.STARTED_WORK, () -> {
                for (int page = 1; page <= exportPageCount; page++) {
                    http.call(MailinRequest.to(MailinOperation.M1).query("page", page).query("per_page", 100));
                    exportPages.incrementAndGet();
                }
                exportEnded[0] = System.nanoTime();
                exportDone.set(true);
            }));
            for (int worker = 0; worker < 4; worker++) {
                int first = worker;
                pool.submit(() -> UpstreamLanes.in(UpstreamLane.BACKGROUND, () -> {
                    for (int round = 0; !(exportDone.get() && everyJobPolled.get()); round++) {
                        for (int job = first; job < jobs; job += 4) {
                            http.call(MailinRequest.to(MailinOperation.D10).path("uuid", "job-" + job));
                            polled.add(job);
                            if (polled.size() == jobs && everyJobPolled.compareAndSet(false, true)) {
                                jobsEnded[0] = System.nanoTime();
                            }
                            if (exportDone.get() && everyJobPolled.get()) {
                                return;
                            }
                        }
                    }
                }));
            }
            for (int person = 0; person < teammates; person++) {
                pool.submit(() -> UpstreamLanes.in(UpstreamLane.PAGE, () -> {
                    try {
                        while (!(exportDone.get() && everyJobPolled.get())) {
                            Thread.sleep(ThreadLocalRandom.current().nextLong(3000, 8000));
                            long began = System.nanoTime();
                            http.call(MailinRequest.to(MailinOperation.D3).query("page", 1));
                            http.call(MailinRequest.to(MailinOperation.S1));
                            pageMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            while (!(exportDone.get() && everyJobPolled.get())) {
                Thread.sleep(5000);
                System.out.printf("  %3d s: export %d/%d pages, %d/%d jobs polled, %d pages viewed%n",
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), exportPages.get(), exportPageCount,
                        polled.size(), jobs, pageMillis.size());
            }
        }
        standIn.stop();

        Timer pageWait = meters.get("mailin.budget.wait").tag("lane", "page").tag("outcome", "granted").timer();
        List<Long> sorted = new ArrayList<>(pageMillis);
        Collections.sort(sorted);
        System.out.printf("budget %d calls/s, stand-in latency %d ms (the stand-in's own figure for one call)%n",
                perSecond, latencyMs);
        HistogramSnapshot waits = pageWait.takeSnapshot();
        System.out.printf("page reads' wait for a permit (identical reads in flight share one): %d permits, mean %.0f ms, max %.0f ms%s%n",
                pageWait.count(), pageWait.mean(TimeUnit.MILLISECONDS), pageWait.max(TimeUnit.MILLISECONDS),
                Arrays.stream(waits.percentileValues()).map(UpstreamBudgetBenchmark::describe)
                        .reduce("", String::concat));
        System.out.printf("pages (2 reads each): %d viewed, median %d ms, p95 %d ms, max %d ms%n", sorted.size(),
                at(sorted, 0.5), at(sorted, 0.95), sorted.isEmpty() ? 0 : sorted.getLast());
        System.out.printf("export of %d mailboxes (%d reads): %.1f s%n", mailboxes, exportPageCount,
                (exportEnded[0] - start) / 1e9);
        System.out.printf("every one of %d jobs polled once within: %.1f s (at least %.0f s at the background share)%n",
                jobs, (jobsEnded[0] - start) / 1e9, jobs / (perSecond * properties.rateLimit().backgroundShare()));
    }

    private static String describe(ValueAtPercentile value) {
        return String.format(", p%.0f %.0f ms", value.percentile() * 100, value.value(TimeUnit.MILLISECONDS));
    }

    private static long at(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}

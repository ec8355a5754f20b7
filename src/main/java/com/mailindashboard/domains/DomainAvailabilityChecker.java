package com.mailindashboard.domains;

import com.mailindashboard.gateway.DomainAvailability;
import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.web.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Asks Mailin about many names (D5) a few at a time on virtual threads; the gateway's rate limiter
 * paces the calls. Each name gets its own answer or problem, so one failure never spoils the rest.
 */
@Component
class DomainAvailabilityChecker {

    static final int PARALLELISM = 5;

    private final DomainClient domains;

    DomainAvailabilityChecker(DomainClient domains) {
        this.domains = domains;
    }

    /** One name's result, in the order asked. */
    record Result(String name, Outcome<DomainAvailability> outcome) {
        boolean available() {
            return outcome.ok() && outcome.value().available();
        }
    }

    List<Result> check(List<String> names) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        List<Future<Outcome<DomainAvailability>>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM,
                Thread.ofVirtual().name("domain-availability-", 0).factory())) {
            for (String name : names) {
                answers.add(pool.submit(() -> {
                    if (context != null) {
                        MDC.setContextMap(context);
                    }
                    try {
                        return Outcome.of(() -> domains.availability(name));
                    } finally {
                        MDC.clear();
                    }
                }));
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            results.add(new Result(names.get(i), answer(answers.get(i))));
        }
        return results;
    }

    private static Outcome<DomainAvailability> answer(Future<Outcome<DomainAvailability>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking availability", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

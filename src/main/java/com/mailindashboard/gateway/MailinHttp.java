package com.mailindashboard.gateway;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * Sends one catalog operation to Mailin and turns the answer into a {@link MailinResponse} or a
 * {@link MailinException}. Owns the cross-cutting rules: bearer token with one re-login on 401,
 * the shared rate limiter, bounded retries with backoff and jitter for reads only, a timer per
 * operation and outcome, and a log line per call without bodies or secrets.
 */
public class MailinHttp {

    private static final Logger log = LoggerFactory.getLogger(MailinHttp.class);

    private final WebClient webClient;
    private final MailinProperties properties;
    private final MailinEndpoints endpoints;
    private final MailinConnectionSource connectionSource;
    private final MailinSession session;
    private final RateLimiter rateLimiter;
    private final MeterRegistry meters;
    private final MailinWriteListener writeListener;
    private final Sleeper sleeper;

    MailinHttp(WebClient webClient, MailinProperties properties, MailinEndpoints endpoints,
               MailinConnectionSource connectionSource, MailinSession session, RateLimiter rateLimiter,
               MeterRegistry meters, MailinWriteListener writeListener, Sleeper sleeper) {
        this.webClient = webClient;
        this.properties = properties;
        this.endpoints = endpoints;
        this.connectionSource = connectionSource;
        this.session = session;
        this.rateLimiter = rateLimiter;
        this.meters = meters;
        this.writeListener = writeListener;
        this.sleeper = sleeper;
    }

    /** Calls an authenticated operation. */
    public MailinResponse call(MailinRequest request) {
        MailinOperation op = request.operation();
        String baseUrl = connectionSource.connection().filter(MailinConnection::complete)
                .map(MailinConnection::baseUrl)
                .orElseThrow(() -> new MailinNotConfiguredException(op));
        // a page's read has one total deadline, retries included; writes and background reads have none
        Instant deadline = !op.isWrite() && PageReads.active() ? Instant.now().plus(properties.pageDeadline()) : null;
        MailinResponse response = null;
        MailinException failure = null;
        try {
            response = withRetries(request, deadline, () -> withAuth(request, baseUrl, deadline));
            return response;
        } catch (MailinException e) {
            failure = e;
            throw e;
        } finally {
            if (op.isWrite()) {
                writeListener.afterWrite(request, response, failure);
            }
        }
    }

    /** A1: logs in with explicit credentials; never retried, never uses a token. */
    public MailinToken login(MailinConnection connection) {
        MailinRequest request = MailinRequest.to(MailinOperation.A1).json(Map.of(
                "email", connection.email(),
                "password", connection.password(),
                "device_name", deviceName(connection)));
        try {
            MailinResponse response = once(request, connection.baseUrl(), null, null);
            JsonNode json = response.json();
            if (json == null || !json.hasNonNull("token")) {
                throw new MailinUnauthorizedException(MailinOperation.A1, response.status(), response.message());
            }
            String userId = json.hasNonNull("user_id") ? json.get("user_id").asString() : null;
            return new MailinToken(json.get("token").asString(), userId);
        } catch (MailinValidationException e) {
            throw new MailinUnauthorizedException(MailinOperation.A1, 422, e.upstreamMessage());
        }
    }

    private static String deviceName(MailinConnection connection) {
        return connection.deviceName() == null || connection.deviceName().isBlank()
                ? "mailin-dashboard" : connection.deviceName();
    }

    private MailinResponse withAuth(MailinRequest request, String baseUrl, Instant deadline) {
        MailinToken token = session.token(this::login);
        try {
            return once(request, baseUrl, token, deadline);
        } catch (MailinUnauthorizedException first) {
            MailinToken fresh = session.renew(token, this::login);
            return once(request, baseUrl, fresh, deadline);
        }
    }

    private MailinResponse withRetries(MailinRequest request, Instant deadline, Attempt attempt) {
        MailinOperation op = request.operation();
        int retries = op.isRetryable() ? properties.retry().maxAttempts() : 0;
        for (int tried = 0; ; tried++) {
            try {
                return attempt.run();
            } catch (MailinUnavailableException e) {
                if (!e.transientFailure()) {
                    throw e;
                }
                Duration pause = tried < retries ? backoff(tried) : Duration.ZERO;
                if (deadline != null && !Instant.now().plus(pause).isBefore(deadline)) {
                    // no time left for the page: no answer in time is "slow"; an error answer stays what it was
                    throw e.status() == null ? MailinUnavailableException.tooSlow(op, properties.pageDeadline(), e) : e;
                }
                if (tried >= retries) {
                    throw e;
                }
                log.info("mailin {} retry {}/{} in {} ms after {}", op, tried + 1, retries, pause.toMillis(),
                        e.status() == null ? e.getMessage() : e.status());
                sleeper.sleep(pause);
            }
        }
    }

    /** Exponential backoff, capped, with jitter between half and all of the step. */
    Duration backoff(int tried) {
        long capped = backoffCeiling(tried).toMillis();
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    private Duration backoffCeiling(int tried) {
        long base = properties.retry().initialBackoff().toMillis() << Math.min(tried, 20);
        return Duration.ofMillis(Math.min(base, properties.retry().maxBackoff().toMillis()));
    }

    private MailinResponse once(MailinRequest request, String baseUrl, MailinToken token, Instant deadline) {
        MailinOperation op = request.operation();
        if (!permit(op, deadline)) {
            record(op, "rate_limited", 0);
            throw MailinUnavailableException.rateLimited(op, properties.rateLimit().maxWait());
        }
        Duration limit = properties.connectTimeout().plus(properties.responseTimeout()).plusSeconds(5);
        if (deadline != null) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                record(op, "slow", 0);
                throw MailinUnavailableException.tooSlow(op, properties.pageDeadline(), null);
            }
            limit = left.compareTo(limit) < 0 ? left : limit;
        }
        URI uri = uri(request, baseUrl);
        long started = System.nanoTime();
        Raw raw;
        try {
            raw = exchange(request, uri, token, limit);
        } catch (RuntimeException e) {
            long ms = elapsedMs(started);
            MailinUnavailableException failure = transportFailure(op, e);
            record(op, failure.outcome(), started);
            log.warn("mailin {} {} {} -> {} in {} ms", op, op.method(), uri.getPath(), failure.outcome(), ms);
            throw failure;
        }
        long ms = elapsedMs(started);
        log.info("mailin {} {} {} -> {} in {} ms", op, op.method(), uri.getPath(), raw.status(), ms);
        JsonNode json = LenientJson.parse(raw.body());
        try {
            MailinResponse response = interpret(op, raw.status(), json, raw.body());
            record(op, "success", started);
            return response;
        } catch (MailinException e) {
            record(op, e.outcome(), started);
            throw e;
        }
    }

    /**
     * A slot of the shared rate limiter. A page's read waits for one only while its deadline allows
     * (a long export can hold the limiter); other calls wait up to {@code mailin.rate-limit.max-wait}.
     */
    private boolean permit(MailinOperation op, Instant deadline) {
        if (deadline == null) {
            return rateLimiter.acquirePermission();
        }
        long waitNanos = rateLimiter.reservePermission();
        if (waitNanos < 0) {
            return false;
        }
        if (Instant.now().plusNanos(waitNanos).isAfter(deadline)) {
            throw MailinUnavailableException.tooSlow(op, properties.pageDeadline(), null);
        }
        if (waitNanos > 0) {
            try {
                Thread.sleep(Duration.ofNanos(waitNanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw MailinUnavailableException.tooSlow(op, properties.pageDeadline(), e);
            }
        }
        return true;
    }

    private Raw exchange(MailinRequest request, URI uri, MailinToken token, Duration limit) {
        MailinOperation op = request.operation();
        WebClient.RequestBodySpec spec = webClient.method(op.method()).uri(uri)
                .accept(MediaType.APPLICATION_JSON);
        if (token != null) {
            spec = spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.token());
        }
        WebClient.RequestHeadersSpec<?> ready = spec;
        if (request.multipartBody() != null) {
            ready = spec.contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(BodyInserters.fromMultipartData(request.multipartBody()));
        } else if (request.jsonBody() != null) {
            ready = spec.contentType(MediaType.APPLICATION_JSON).bodyValue(LenientJson.write(request.jsonBody()));
        }
        return ready.exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> new Raw(response.statusCode().value(), body)))
                .timeout(limit)
                .block();
    }

    private URI uri(MailinRequest request, String baseUrl) {
        String path = endpoints.fullPath(request.operation());
        // only the catalog path is a template; query values are data, encoded strictly (braces, '+', '&', '#')
        StringBuilder uri = new StringBuilder(UriComponentsBuilder.fromUriString(stripTrailingSlash(baseUrl) + path)
                .encode()
                .buildAndExpand(request.pathVariables())
                .toUriString());
        char separator = uri.indexOf("?") < 0 ? '?' : '&';
        for (Map.Entry<String, List<String>> param : request.queryParams().entrySet()) {
            for (String value : param.getValue()) {
                uri.append(separator).append(UriUtils.encode(param.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(UriUtils.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return URI.create(uri.toString());
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Maps a status to success or to the exception the catalog's status table names. */
    static MailinResponse interpret(MailinOperation op, int status, JsonNode json, String raw) {
        MailinResponse response = new MailinResponse(op, status, json, raw);
        if (status >= 200 && status < 300) {
            return response;
        }
        String message = response.message();
        throw switch (status) {
            case 401 -> new MailinUnauthorizedException(op, status, message);
            case 404 -> new MailinNotFoundException(op, status, message);
            case 311 -> new MailinRefusedException(op, status, message);
            case 312 -> new MailinSubscriptionRequiredException(op, status, message);
            case 313 -> new MailinIncompleteException(op, status, message);
            case 422 -> new MailinValidationException(op, message, unavailable(json), fieldErrors(json));
            default -> new MailinUnavailableException(op, status, message,
                    status >= 500 && op.isWrite(), op + " answered " + status, null);
        };
    }

    static List<String> unavailable(JsonNode json) {
        List<String> names = new ArrayList<>();
        JsonNode node = json == null ? null : json.get("unavailable");
        if (node == null || node.isNull()) {
            return names;
        }
        if (node.isArray() || node.isObject()) {
            node.forEach(item -> names.add(item.asString()));
        } else {
            names.add(node.asString());
        }
        return names;
    }

    static Map<String, List<String>> fieldErrors(JsonNode json) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        JsonNode node = json == null ? null : json.get("errors");
        if (node != null && node.isObject()) {
            node.properties().forEach(entry -> {
                List<String> messages = new ArrayList<>();
                if (entry.getValue().isArray()) {
                    entry.getValue().forEach(m -> messages.add(m.asString()));
                } else {
                    messages.add(entry.getValue().asString());
                }
                errors.put(entry.getKey(), messages);
            });
        }
        return errors;
    }

    /**
     * A failure with no HTTP answer. Refused connections and unknown hosts never reached Mailin;
     * anything else (timeouts, connections dropped mid-answer) may have, so a write's outcome is
     * unknown.
     */
    static MailinUnavailableException transportFailure(MailinOperation op, Throwable e) {
        boolean neverSent = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                neverSent = true;
                break;
            }
        }
        boolean timeout = hasCause(e, TimeoutException.class)
                || hasCauseNamed(e, "ReadTimeoutException") || hasCauseNamed(e, "PrematureCloseException");
        String what = neverSent ? "Mailin could not be reached" : timeout ? "Mailin did not answer in time"
                : "The connection to Mailin failed";
        return new MailinUnavailableException(op, null, null, !neverSent && op.isWrite(), what,
                e instanceof WebClientRequestException ? e.getCause() : e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCauseNamed(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    private void record(MailinOperation op, String outcome, long startedNanos) {
        Timer.builder("mailin.client.requests")
                .description("Calls to the Mailin API by catalog operation and outcome")
                .tag("operation", op.name())
                .tag("outcome", outcome)
                .register(meters)
                .record(Duration.ofNanos(startedNanos == 0 ? 0 : System.nanoTime() - startedNanos));
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private record Raw(int status, String body) {
    }

    @FunctionalInterface
    private interface Attempt {
        MailinResponse run();
    }

    /** Waits between retries; tests replace it to run without real pauses. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration);

        Sleeper REAL = duration -> {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to retry", e);
            }
        };
    }
}

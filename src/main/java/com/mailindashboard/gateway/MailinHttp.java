package com.mailindashboard.gateway;

import com.mailindashboard.retry.Backoff;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Sends one catalog operation to Mailin and turns the answer into a {@link MailinResponse} or a
 * {@link MailinException}. Owns the cross-cutting rules: bearer token with one re-login on 401,
 * the shared rate limiter, bounded retries with backoff and jitter for reads only, a timer per
 * operation and outcome, and a log line per call without bodies or secrets.
 */
class MailinHttp {

    private static final Logger log = LoggerFactory.getLogger(MailinHttp.class);

    private final WebClient webClient;
    private final MailinProperties properties;
    private final MailinEndpoints endpoints;
    private final MailinConnectionSource connectionSource;
    private final MailinSession session;
    private final UpstreamBudget budget;
    private final MeterRegistry meters;
    private final MailinWriteListener writeListener;
    private final RetryPauses retryPauses;
    private final ReadSharing reads;

    MailinHttp(WebClient webClient, MailinProperties properties, MailinEndpoints endpoints,
               MailinConnectionSource connectionSource, MailinSession session, UpstreamBudget budget,
               MeterRegistry meters, MailinWriteListener writeListener, RetryPauses retryPauses) {
        this.webClient = webClient;
        this.properties = properties;
        this.endpoints = endpoints;
        this.connectionSource = connectionSource;
        this.session = session;
        this.budget = budget;
        this.meters = meters;
        this.writeListener = writeListener;
        this.retryPauses = retryPauses;
        this.reads = new ReadSharing(properties.rateLimit().keepSlowReads(), meters);
    }

    /** Calls an authenticated operation. */
    public MailinResponse call(MailinRequest request) {
        MailinOperation op = request.operation();
        MailinConnection connection = connectionSource.connection().filter(MailinConnection::complete)
                .orElseThrow(() -> new MailinNotConfiguredException(op));
        String baseUrl = connection.baseUrl();
        if (!op.isWrite()) {
            // a page's read has one total deadline, retries included; background reads have none
            Instant deadline = UpstreamLanes.current() == UpstreamLane.PAGE
                    ? Instant.now().plus(properties.pageDeadline()) : null;
            return reads.read(baseUrl + " " + connection.email(), op, uri(request, baseUrl).toString(),
                    () -> withRetries(request, deadline, () -> withAuth(request, baseUrl, deadline)));
        }
        MailinResponse response = null;
        MailinException failure = null;
        try {
            response = withRetries(request, null, () -> withAuth(request, baseUrl, null));
            return response;
        } catch (MailinException e) {
            failure = e;
            throw e;
        } finally {
            reads.writeHappened();
            writeListener.afterWrite(request, response, failure);
        }
    }

    /** A1: logs in with explicit credentials; never retried, never uses a token. */
    public MailinToken login(MailinConnection connection) {
        MailinRequest request = MailinRequest.to(MailinOperation.A1).json(new LoginRequest(
                connection.email(), connection.password(), deviceName(connection)));
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

    /**
     * Streams a file Mailin links to (V8's result file in Mailin's storage) into {@code target},
     * never holding it in memory. The link is not an API call: no token is sent with it, and only
     * http(s) links are followed. Returns the bytes written.
     */
    public long fetchFile(MailinOperation op, String url, Path target) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (RuntimeException e) {
            throw new MailinUnavailableException(op, null, null, false, "Mailin's link is not a URL", null);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new MailinUnavailableException(op, null, null, false, "Mailin's link is not an http(s) URL", null);
        }
        long started = System.nanoTime();
        try {
            Flux<DataBuffer> body = webClient.get().uri(uri)
                    .retrieve().bodyToFlux(DataBuffer.class);
            DataBufferUtils.write(body, target,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE).block(FILE_DOWNLOAD_LIMIT);
            long bytes = Files.size(target);
            record(op, "success", started);
            log.info("mailin {} GET {} (result file) -> {} bytes in {} ms", op, uri.getHost(), bytes,
                    elapsedMs(started));
            return bytes;
        } catch (WebClientResponseException e) {
            int status = e.getStatusCode().value();
            record(op, status == 404 ? "not_found" : "unavailable", started);
            log.warn("mailin {} GET {} (result file) -> {} in {} ms", op, uri.getHost(), status, elapsedMs(started));
            throw status == 404 || status == 403 || status == 410
                    ? new MailinNotFoundException(op, status, null)
                    : new MailinUnavailableException(op, status, null, false, "Mailin's file answered " + status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            MailinUnavailableException failure = transportFailure(op, e);
            record(op, failure.outcome(), started);
            log.warn("mailin {} GET {} (result file) -> {} in {} ms", op, uri.getHost(), failure.outcome(),
                    elapsedMs(started));
            throw new MailinUnavailableException(op, null, null, false, failure.getMessage(), failure.getCause());
        }
    }

    /** The longest a result file download may take. */
    private static final Duration FILE_DOWNLOAD_LIMIT = Duration.ofMinutes(10);

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

    /**
     * Runs a call with the read retries of {@code mailin.retry.*} through Spring's
     * {@link RetryTemplate}: transient failures only, the shared {@link Backoff} with jitter, and,
     * for a page's read, a timeout that ends at the page's deadline (a retry whose pause would
     * cross it is not made: the read is "too slow" unless Mailin answered with an error).
     */
    private MailinResponse withRetries(MailinRequest request, Instant deadline, Supplier<MailinResponse> attempt) {
        MailinOperation op = request.operation();
        int retries = op.isRetryable() ? properties.retry().maxRetries() : 0;
        ReadRetries run = new ReadRetries(op, properties.retry().backoff().limitedTo(retries));
        RetryPolicy.Builder policy = RetryPolicy.builder()
                .backOff(run)
                .predicate(e -> e instanceof MailinUnavailableException u && u.transientFailure());
        if (deadline != null) {
            Duration left = Duration.between(Instant.now(), deadline);
            policy.timeout(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left);
        }
        RetryTemplate template = new RetryTemplate(policy.build());
        template.setRetryListener(run);
        try {
            return template.execute(attempt::get);
        } catch (RetryException e) {
            Throwable last = e.getCause();
            if (deadline != null && last instanceof MailinUnavailableException u && u.transientFailure()
                    && u.status() == null && (run.outOfTime || !Instant.now().isBefore(deadline))) {
                // no time left for the page: no answer in time is "slow"; an error answer stays what it was
                throw MailinUnavailableException.tooSlow(op, properties.pageDeadline(), u);
            }
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(last);
        }
    }

    /**
     * One call's retries: the read backoff (remembering each pause for the log and the observer)
     * and the listener that logs each retry and notes when the page's deadline stopped them.
     */
    private final class ReadRetries implements BackOff, RetryListener {

        private final MailinOperation op;
        private final Backoff backoff;
        private volatile long lastPause;
        private volatile boolean outOfTime;

        ReadRetries(MailinOperation op, Backoff backoff) {
            this.op = op;
            this.backoff = backoff;
        }

        @Override
        public BackOffExecution start() {
            BackOffExecution steps = backoff.start();
            return () -> lastPause = steps.nextBackOff();
        }

        @Override
        public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
            Throwable cause = state.getLastException();
            log.info("mailin {} retry {}/{} after a {} ms pause ({})", op, state.getRetryCount(), backoff.maxRetries(),
                    lastPause, cause instanceof MailinUnavailableException u && u.status() != null
                            ? u.status() : cause == null ? null : cause.getMessage());
            retryPauses.paused(Duration.ofMillis(lastPause));
        }

        @Override
        public void onRetryPolicyTimeout(RetryPolicy policy, Retryable<?> retryable, RetryException exception) {
            outOfTime = true;
        }
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
        if (op.method() != HttpMethod.GET || raw.status() >= 300) {
            log.info("mailin {} {} {} -> {} in {} ms", op, op.method(), uri.getPath(), raw.status(), ms);
        } else if (log.isDebugEnabled()) {
            // a read that worked, one per page view: at debug level (a line each cost ~2% of a page's CPU under load)
            log.debug("mailin {} {} {} -> {} in {} ms", op, op.method(), uri.getPath(), raw.status(), ms);
        }
        if (raw.status() == 429) {
            Duration pause = SlowDown.pause(raw.retryAfter(), properties.rateLimit().slowDownPause());
            budget.pause(pause);
            record(op, "slow_down", started);
            throw MailinUnavailableException.slowDown(op, pause);
        }
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
     * A permit of the upstream budget in the current lane. A page's read waits for one only while
     * its deadline allows; other calls wait up to {@code mailin.rate-limit.max-wait}.
     */
    private boolean permit(MailinOperation op, Instant deadline) {
        Duration wait = properties.rateLimit().maxWait();
        if (deadline != null) {
            Duration left = Duration.between(Instant.now(), deadline);
            wait = left.compareTo(wait) < 0 ? left : wait;
        }
        if (budget.acquire(UpstreamLanes.current(), wait.isNegative() ? Duration.ZERO : wait)) {
            return true;
        }
        if (deadline != null && !Instant.now().isBefore(deadline)) {
            record(op, "slow", 0);
            throw MailinUnavailableException.tooSlow(op, properties.pageDeadline(), null);
        }
        return false;
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
                        .map(body -> new Raw(response.statusCode().value(), body,
                                response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER))))
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
                    status >= 500 && op.lostAnswerMatters(), op + " answered " + status, null);
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
        boolean neverSent = neverSent(e);
        boolean timeout = timedOut(e);
        String what = neverSent ? "Mailin could not be reached" : timeout ? "Mailin did not answer in time"
                : "The connection to Mailin failed";
        return new MailinUnavailableException(op, null, null, !neverSent && op.lostAnswerMatters(), what,
                e instanceof WebClientRequestException ? e.getCause() : e);
    }

    /** Whether the failure happened before anything was sent: refused, unknown host, no connection in time. */
    static boolean neverSent(Throwable e) {
        return hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)
                || hasCause(e, UnresolvedAddressException.class) || hasCause(e, HttpConnectTimeoutException.class);
    }

    /** Whether no answer came in time (the JDK client's or WebClient's own timeout). */
    static boolean timedOut(Throwable e) {
        return hasCause(e, TimeoutException.class) || hasCause(e, HttpTimeoutException.class);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
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

    private record Raw(int status, String body, String retryAfter) {
    }

    /** Told of each pause taken before a read's retry (after it was waited out); tests record them. */
    @FunctionalInterface
    public interface RetryPauses {
        void paused(Duration pause);

        RetryPauses NONE = pause -> { };
    }
}

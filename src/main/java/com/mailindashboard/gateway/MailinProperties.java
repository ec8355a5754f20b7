package com.mailindashboard.gateway;

import com.mailindashboard.retry.Backoff;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The gateway's configuration ({@code mailin.*}). {@code endpoints} overrides catalog paths by
 * {@link MailinOperation#key()}, e.g. {@code mailin.endpoints.domain-delete=/domains/delete/{domain_id}}.
 */
@ConfigurationProperties("mailin")
public record MailinProperties(
        String baseUrl,
        String email,
        String password,
        String deviceName,
        Duration connectTimeout,
        Duration responseTimeout,
        RateLimit rateLimit,
        Retry retry,
        Map<String, String> endpoints,
        Duration pageDeadline) {

    public static final String DEFAULT_BASE_URL = "https://api.mailin.ai";

    @ConstructorBinding
    public MailinProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(30) : responseTimeout;
        rateLimit = rateLimit == null ? new RateLimit(5, Duration.ofSeconds(30), null, null, null, null) : rateLimit;
        retry = retry == null ? new Retry(3, Duration.ofMillis(300), Duration.ofSeconds(3)) : retry;
        endpoints = endpoints == null ? Map.of() : new LinkedHashMap<>(endpoints);
        pageDeadline = pageDeadline == null || pageDeadline.isNegative() || pageDeadline.isZero()
                ? Duration.ofSeconds(10) : pageDeadline;
    }

    /** Without a page deadline of its own: the default (10 s). */
    public MailinProperties(String baseUrl, String email, String password, String deviceName, Duration connectTimeout,
                            Duration responseTimeout, RateLimit rateLimit, Retry retry, Map<String, String> endpoints) {
        this(baseUrl, email, password, deviceName, connectTimeout, responseTimeout, rateLimit, retry, endpoints, null);
    }

    /** Leaves the password out: configuration is sometimes logged. */
    @Override
    public String toString() {
        return "MailinProperties[baseUrl=" + baseUrl + ", email=" + email + ", password=***, deviceName=" + deviceName
                + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout + ", rateLimit="
                + rateLimit + ", retry=" + retry + ", endpoints=" + endpoints + ", pageDeadline=" + pageDeadline + "]";
    }

    /** Whether the environment configures the connection ({@code MAILIN_API_EMAIL} and password). */
    public boolean managedByEnvironment() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }

    /**
     * The one budget of calls to Mailin.
     *
     * @param perSecond        calls per second for everything together
     * @param maxWait          the longest a call waits for a permit before it gives up (nothing sent)
     * @param startedWorkShare the least share kept for work a person started (exports, dry runs) while pages wait
     * @param backgroundShare  the least share kept for background polling while others wait
     * @param slowDownPause    how long the budget pauses after a 429 without {@code Retry-After}
     * @param keepSlowReads    how long slow-changing reads (account, servers, credits, providers, registrars,
     *                         rate limits) are answered from memory; 0 turns it off. Writes drop them.
     * @param shared           on PostgreSQL, whether every permit also comes from the bucket all instances on the
     *                         database share (Bucket4j, V8_1); on by default, H2 always keeps the local budget alone
     */
    public record RateLimit(int perSecond, Duration maxWait, Double startedWorkShare, Double backgroundShare,
                            Duration slowDownPause, Duration keepSlowReads, Boolean shared) {
        @ConstructorBinding
        public RateLimit {
            perSecond = perSecond <= 0 ? 5 : perSecond;
            maxWait = maxWait == null ? Duration.ofSeconds(30) : maxWait;
            startedWorkShare = startedWorkShare == null ? 0.3 : startedWorkShare;
            backgroundShare = backgroundShare == null ? 0.2 : backgroundShare;
            slowDownPause = slowDownPause == null ? Duration.ofSeconds(5) : slowDownPause;
            keepSlowReads = keepSlowReads == null ? Duration.ofSeconds(30) : keepSlowReads;
            shared = shared == null || shared;
        }

        public RateLimit(int perSecond, Duration maxWait, Double startedWorkShare, Double backgroundShare,
                         Duration slowDownPause, Duration keepSlowReads) {
            this(perSecond, maxWait, startedWorkShare, backgroundShare, slowDownPause, keepSlowReads, null);
        }
    }

    /**
     * How reads are retried on 310, 5xx, timeouts and dropped connections (writes never are).
     *
     * @param maxRetries     how many times a read is retried after its first attempt
     * @param initialBackoff the wait before the first retry, doubling for each next one
     * @param maxBackoff     the cap of that wait
     */
    public record Retry(int maxRetries, Duration initialBackoff, Duration maxBackoff) {
        public Retry {
            maxRetries = Math.max(0, maxRetries);
            initialBackoff = initialBackoff == null ? Duration.ofMillis(300) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(3) : maxBackoff;
        }

        /** The backoff between a read's retries: exponential with jitter, at most {@code maxRetries}. */
        public Backoff backoff() {
            return Backoff.exponential(initialBackoff, maxBackoff).withJitter().limitedTo(maxRetries);
        }
    }
}

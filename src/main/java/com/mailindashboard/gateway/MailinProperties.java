package com.mailindashboard.gateway;

import com.mailindashboard.retry.Backoff;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's configuration ({@code mailin.*}).
 *
 * @param baseUrl         Mailin's API address ({@code MAILIN_API_BASE_URL}, default {@code https://api.mailin.ai})
 * @param email           the account's e-mail ({@code MAILIN_API_EMAIL}); with the password set, the connection comes
 *                        from the environment and the settings page shows it as managed
 * @param password        the account's password ({@code MAILIN_API_PASSWORD})
 * @param deviceName      the device name Mailin's login records ({@code MAILIN_API_DEVICE_NAME})
 * @param connectTimeout  the longest wait for a connection to Mailin
 * @param responseTimeout the longest wait for Mailin's answer to one call
 * @param rateLimit       the one budget of calls to Mailin
 * @param retry           how reads are retried (writes never are)
 * @param endpoints       catalog paths overridden by {@link MailinOperation#key()}, e.g.
 *                        {@code mailin.endpoints.domain-delete=/domains/delete/{domain_id}}
 * @param pageDeadline    a page's read from Mailin, retries included, gives up after this and the page says
 *                        "Mailin is slow to answer" with a retry link ({@code MAILIN_PAGE_DEADLINE}); background
 *                        work (jobs, webhooks) keeps the timeouts above
 */
@Validated
@ConfigurationProperties("mailin")
public record MailinProperties(
        @NotBlank String baseUrl,
        @DefaultValue("") String email,
        @DefaultValue("") String password,
        @DefaultValue("") String deviceName,
        @DefaultValue("5s") @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("30s") @DurationMin(millis = 1) Duration responseTimeout,
        @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue @Valid Retry retry,
        @DefaultValue Map<String, String> endpoints,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration pageDeadline) {

    public MailinProperties {
        endpoints = new LinkedHashMap<>(endpoints);
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
     * The one budget of calls to Mailin: pages first, then work a person started, then background.
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
    public record RateLimit(@DefaultValue("5") @Min(1) int perSecond,
                            @DefaultValue("30s") @DurationMin(nanos = 0) Duration maxWait,
                            @DefaultValue("0.3") @DecimalMin("0") @DecimalMax("1") double startedWorkShare,
                            @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("1") double backgroundShare,
                            @DefaultValue("5s") @DurationMin(nanos = 0) Duration slowDownPause,
                            @DefaultValue("30s") @DurationMin(nanos = 0) Duration keepSlowReads,
                            @DefaultValue("true") boolean shared) {
    }

    /**
     * How reads are retried on 310, 5xx, timeouts and dropped connections (writes never are).
     *
     * @param maxRetries     how many times a read is retried after its first attempt (the setting was
     *                       {@code mailin.retry.max-attempts} before; that name now stops the start)
     * @param initialBackoff the wait before the first retry, doubling for each next one
     * @param maxBackoff     the cap of that wait
     */
    public record Retry(@DefaultValue("3") @Min(0) int maxRetries,
                        @DefaultValue("300ms") @DurationMin(nanos = 0) Duration initialBackoff,
                        @DefaultValue("3s") @DurationMin(nanos = 0) Duration maxBackoff) {

        /** The backoff between a read's retries: exponential with jitter, at most {@code maxRetries}. */
        public Backoff backoff() {
            return Backoff.exponential(initialBackoff, maxBackoff).withJitter().limitedTo(maxRetries);
        }
    }
}

package com.mailindashboard.gateway;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Mailin budget every dashboard on one PostgreSQL shares: a Bucket4j token bucket kept in the
 * {@code upstream_budget_bucket} table (V8_1), taken under a PostgreSQL advisory lock, with the same
 * rate and burst as each instance's own budget ({@code mailin.rate-limit.per-second}, a burst of one
 * second's worth). A changed rate replaces the stored configuration at the next permit.
 */
class SharedUpstreamBucket implements SharedPermits {

    static final String TABLE = "upstream_budget_bucket";
    /** The one row: one Mailin account, one budget. */
    static final long BUDGET_ID = 1L;

    private static final Logger log = LoggerFactory.getLogger(SharedUpstreamBucket.class);

    private final BucketProxy bucket;

    SharedUpstreamBucket(DataSource dataSource, int perSecond) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
        this.bucket = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .build()
                .builder()
                // the configuration's version is the rate: an instance started with another rate replaces it
                .withImplicitConfigurationReplacement(perSecond, TokensInheritanceStrategy.AS_IS)
                .build(BUDGET_ID, () -> configuration);
    }

    @Override
    public boolean take(Duration maxWait) {
        try {
            return bucket.asBlocking().tryConsume(1, maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            // the database did not answer: this instance's own budget still holds, and a 429 pauses it
            log.warn("The shared Mailin budget could not be read ({}); this call keeps to the local budget only",
                    e.toString());
            return true;
        }
    }
}

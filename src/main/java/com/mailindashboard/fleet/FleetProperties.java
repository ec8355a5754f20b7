package com.mailindashboard.fleet;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the fleet summary is kept ({@code dashboard.fleet.*}): totals are read again after
 * {@code totalsEvery} (one smallest-page call per list), status splits are counted again after
 * {@code splitsEvery} by walking the lists {@code pageSize} rows at a time, and every one of those
 * calls waits for the background budget: {@code backgroundShare} of Mailin's rate limit
 * ({@code mailin.rate-limit.per-second}), at least one call a second, so pages people open keep
 * the rest. A call that cannot get a permit within {@code maxWait} ends the round; the next round
 * starts over. {@code maxItems} caps what one list's count keeps.
 */
@ConfigurationProperties("dashboard.fleet")
public record FleetProperties(Duration totalsEvery, Duration splitsEvery, int pageSize, double backgroundShare,
                              Duration maxWait, int maxItems) {

    public FleetProperties {
        totalsEvery = totalsEvery == null ? Duration.ofMinutes(5) : totalsEvery;
        splitsEvery = splitsEvery == null ? Duration.ofMinutes(30) : splitsEvery;
        pageSize = pageSize <= 0 ? 100 : pageSize;
        backgroundShare = backgroundShare <= 0 || backgroundShare > 1 ? 0.2 : backgroundShare;
        maxWait = maxWait == null ? Duration.ofSeconds(60) : maxWait;
        maxItems = maxItems <= 0 ? 200_000 : maxItems;
    }

    /** Upstream calls a second the background may make, out of Mailin's {@code perSecond}. */
    public int callsPerSecond(int perSecond) {
        return Math.max(1, (int) Math.floor(perSecond * backgroundShare));
    }
}

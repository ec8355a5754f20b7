package com.mailindashboard.fleet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the fleet summary is kept ({@code dashboard.fleet.*}). Every call it makes waits for the background
 * budget: {@code backgroundShare} of Mailin's rate limit ({@code mailin.rate-limit.per-second}), at least one
 * call a second, so pages people open keep the rest.
 *
 * @param totalsEvery     totals are read again after this (one smallest-page call per list)
 * @param splitsEvery     status splits are counted again after this, by walking the lists
 * @param pageSize        rows per page when walking a list
 * @param backgroundShare the share of Mailin's rate limit the background may use (above 0, at most 1)
 * @param maxWait         a call that cannot get a permit within this ends the round; the next round starts over
 * @param maxItems        the most rows one list's count keeps
 * @param tick            how often the refresher checks whether totals or splits are due
 */
@Validated
@ConfigurationProperties("dashboard.fleet")
public record FleetProperties(@DefaultValue("5m") @DurationMin(nanos = 0) Duration totalsEvery,
                              @DefaultValue("30m") @DurationMin(nanos = 0) Duration splitsEvery,
                              @DefaultValue("100") @Min(1) int pageSize,
                              @DefaultValue("0.2") @Positive @DecimalMax("1") double backgroundShare,
                              @DefaultValue("60s") @DurationMin(nanos = 0) Duration maxWait,
                              @DefaultValue("200000") @Min(1) int maxItems,
                              @DefaultValue("1m") @DurationMin(millis = 1) Duration tick) {

    /** Upstream calls a second the background may make, out of Mailin's {@code perSecond}. */
    public int callsPerSecond(int perSecond) {
        return Math.max(1, (int) Math.floor(perSecond * backgroundShare));
    }
}

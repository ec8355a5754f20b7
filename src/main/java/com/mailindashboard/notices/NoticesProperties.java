package com.mailindashboard.notices;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The layout's counts and notices ({@code dashboard.notices.*}).
 *
 * @param freshFor how long the counts and notices every page shows (active jobs, requests waiting for approval,
 *                 a teammate's ended jobs and decided requests) are reused before they are read again; a change
 *                 this dashboard makes drops them at once, a change made by another dashboard on the same
 *                 database shows after at most this long; 0 reads them for every page
 */
@Validated
@ConfigurationProperties("dashboard.notices")
public record NoticesProperties(@DefaultValue("10s") @DurationMin(nanos = 0) Duration freshFor) {
}

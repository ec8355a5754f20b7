package com.mailindashboard.approvals;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Approval settings ({@code dashboard.approvals.*}).
 *
 * @param expireAfter    how long a held submission waits for a decision before it expires (it can no longer be
 *                       approved)
 * @param expiryInterval how often expiry, and the sending on of approved requests that never settled, run
 * @param resumeAfter    an approved request still unsettled this long after its approval is sent on by the
 *                       scheduler (the process stopped during the approver's send); longer than any send can take
 */
@Validated
@ConfigurationProperties("dashboard.approvals")
public record ApprovalsProperties(@DefaultValue("24h") @DurationMin(minutes = 1) Duration expireAfter,
                                  @DefaultValue("1m") @DurationMin(seconds = 1) Duration expiryInterval,
                                  @DefaultValue("5m") @DurationMin(minutes = 2) Duration resumeAfter) {
}

package com.mailindashboard.verification;

import java.time.Instant;

/** Credits one task used, with who started it and when. */
record CreditUse(String createdBy, Instant createdAt, Long credits) {
}

package com.mailindashboard.verification;

/** One category of a finished task: how many addresses and their share of the task, in percent. */
public record CategoryCount(VerificationCategory category, long count, double percent) {

    CategoryCount(VerificationCategory category, long count) {
        this(category, count, 0);
    }

    CategoryCount withTotal(long total) {
        return new CategoryCount(category, count, total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0);
    }
}

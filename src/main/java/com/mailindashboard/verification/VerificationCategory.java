package com.mailindashboard.verification;

import com.mailindashboard.gateway.VerificationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result categories Mailin counts and downloads ({@code download_type}): a standard task has
 * deliverable, catch-all, invalid, unknown and duplicate; a catch_all task deliverable, catch-all,
 * risky, undeliverable and unknown. {@link #ALL} downloads everything.
 */
public enum VerificationCategory {
    DELIVERABLE("deliverable", "#198754", VerificationTask::getDeliverable),
    CATCH_ALL("catch_all", "#0dcaf0", VerificationTask::getCatchAll),
    INVALID("invalid", "#dc3545", VerificationTask::getInvalid),
    RISKY("risky", "#fd7e14", VerificationTask::getRisky),
    UNDELIVERABLE("undeliverable", "#dc3545", VerificationTask::getUndeliverable),
    UNKNOWN("unknown", "#6c757d", VerificationTask::getUnknown),
    DUPLICATE("duplicate", "#adb5bd", VerificationTask::getDuplicate),
    ALL("all", null, task -> null);

    private static final List<VerificationCategory> STANDARD = List.of(DELIVERABLE, CATCH_ALL, INVALID, UNKNOWN,
            DUPLICATE);
    private static final List<VerificationCategory> CATCH_ALL_TYPE = List.of(DELIVERABLE, CATCH_ALL, RISKY,
            UNDELIVERABLE, UNKNOWN);

    private final String value;
    private final String colour;
    private final Function<VerificationTask, Long> count;

    VerificationCategory(String value, String colour, Function<VerificationTask, Long> count) {
        this.value = value;
        this.colour = colour;
        this.count = count;
    }

    /** The categories a finished task of this type counts, in Mailin's order. */
    static List<VerificationCategory> of(VerificationType type) {
        return type == VerificationType.CATCH_ALL ? CATCH_ALL_TYPE : STANDARD;
    }

    /** The download types of a task of this type: its categories and "all". */
    static List<VerificationCategory> downloads(VerificationType type) {
        List<VerificationCategory> all = new ArrayList<>(of(type));
        all.add(ALL);
        return all;
    }

    /** The category named in a URL ({@code deliverable}, {@code catch_all}, ...), if the type has it. */
    static Optional<VerificationCategory> parse(String value, VerificationType type) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return downloads(type).stream().filter(category -> category.value.equals(wanted)).findFirst();
    }

    /** Mailin's word: the {@code download_type} and the field of V5's answer. */
    public String value() {
        return value;
    }

    public String colour() {
        return colour;
    }

    long count(VerificationTask task) {
        Long n = count.apply(task);
        return n == null ? 0 : n;
    }
}

package com.mailindashboard.jobs;

import com.mailindashboard.paging.PageParams;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter of the jobs page as it comes in the URL ({@code ?kind=&status=&who=&from=&to=&page=&size=}),
 * read leniently so a bookmarked view always opens: an unknown kind or status means "any", an
 * unusable page means the first one, a size not offered means the default, and a date that is not
 * {@code yyyy-MM-dd} is no limit. {@code status=ACTIVE} means every status that has not ended;
 * {@code from} and {@code to} bound the day (UTC) a job was created, both included.
 */
record JobFilter(String kind, String status, String who, String from, String to, String page, String size) {

    /** The status filter that means "not ended" (what the navigation's count counts). */
    static final String ACTIVE = "ACTIVE";

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    static final int DEFAULT_PAGE_SIZE = 25;

    public JobKind kindValue() {
        return Arrays.stream(JobKind.values()).filter(value -> value.name().equals(text(kind))).findFirst()
                .orElse(null);
    }

    public JobStatus statusValue() {
        return Arrays.stream(JobStatus.values()).filter(value -> value.name().equals(text(status))).findFirst()
                .orElse(null);
    }

    /** The statuses to show: one, the active ones, or null for any. */
    public Set<JobStatus> statusesValue() {
        if (ACTIVE.equals(text(status))) {
            return JobLedger.ACTIVE;
        }
        JobStatus one = statusValue();
        return one == null ? null : EnumSet.of(one);
    }

    /** The status as chosen in the filter's list: a status name, ACTIVE, or null for any. */
    public String statusChoice() {
        return ACTIVE.equals(text(status)) ? ACTIVE : statusValue() == null ? null : statusValue().name();
    }

    public LocalDate fromValue() {
        return date(from);
    }

    public LocalDate toValue() {
        return date(to);
    }

    /** The first instant of the {@code from} day, or null. */
    Instant createdFrom() {
        return fromValue() == null ? null : fromValue().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the {@code to} day, or null. */
    Instant createdBefore() {
        return toValue() == null ? null : toValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String whoValue() {
        String value = text(who);
        return value == null ? null : value.substring(0, Math.min(value.length(), 320));
    }

    /** The requested page, 1-based. */
    public int pageNumber() {
        return PageParams.page(page);
    }

    public int pageSize() {
        return PageParams.size(size, PAGE_SIZES, DEFAULT_PAGE_SIZE);
    }

    /** The filter as query parameters, only what is set, with the page size (for links that keep the view). */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (kindValue() != null) {
            parameters.put("kind", kindValue().name());
        }
        if (statusChoice() != null) {
            parameters.put("status", statusChoice());
        }
        if (whoValue() != null) {
            parameters.put("who", whoValue());
        }
        if (fromValue() != null) {
            parameters.put("from", fromValue().toString());
        }
        if (toValue() != null) {
            parameters.put("to", toValue().toString());
        }
        if (pageSize() != DEFAULT_PAGE_SIZE) {
            parameters.put("size", String.valueOf(pageSize()));
        }
        return parameters;
    }

    private static LocalDate date(String value) {
        try {
            return text(value) == null ? null : LocalDate.parse(text(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

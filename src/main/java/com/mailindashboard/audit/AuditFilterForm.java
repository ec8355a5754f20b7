package com.mailindashboard.audit;

import com.mailindashboard.paging.PageParams;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The filter of the audit page as typed, kept as text so that bad input is shown back as it was
 * with an error next to it. Page and page size are read leniently: anything unusable means the
 * first page and the default size.
 */
@ValidAuditFilter
public class AuditFilterForm {

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    static final int DEFAULT_PAGE_SIZE = 50;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Size(max = 320, message = "{audit.filter.too-long}")
    private String actor;
    @Size(max = 100, message = "{audit.filter.too-long}")
    private String action;
    @Size(max = 500, message = "{audit.filter.too-long}")
    private String target;
    private String outcome;
    private String from;
    private String to;
    private String page;
    private String size;

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getSize() { return size; }
    public void setSize(String size) { this.size = size; }

    /** The filter; only for a form that passed validation. */
    AuditFilter toFilter() {
        String outcomeName = text(outcome);
        return new AuditFilter(text(actor), text(action), text(target),
                outcomeName == null ? null : AuditOutcome.valueOf(outcomeName), date(from), date(to));
    }

    /** The requested page, 1-based; 1 when missing or unusable. */
    int pageNumber() {
        return PageParams.page(page);
    }

    /** The requested page size if it is one of {@link #PAGE_SIZES}, otherwise the default. */
    int pageSize() {
        return PageParams.size(size, PAGE_SIZES, DEFAULT_PAGE_SIZE);
    }

    /** The filter fields that are filled in, as query parameters (for links that keep the filter). */
    Map<String, String> filterParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        String[][] fields = {{"actor", actor}, {"action", action}, {"target", target}, {"outcome", outcome},
                {"from", from}, {"to", to}};
        for (String[] field : fields) {
            if (text(field[1]) != null) {
                parameters.put(field[0], field[1].strip());
            }
        }
        return parameters;
    }

    /** Whether the outcome is blank ("any") or names an {@link AuditOutcome}. */
    boolean outcomeKnown() {
        String name = text(outcome);
        return name == null || Arrays.stream(AuditOutcome.values()).anyMatch(value -> value.name().equals(name));
    }

    /** Whether the text is blank or a valid day as {@code yyyy-MM-dd} (four-digit year). */
    static boolean blankOrDate(String text) {
        String value = text(text);
        if (value == null) {
            return true;
        }
        if (!DAY.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The day typed as {@code yyyy-MM-dd}, {@code null} when blank; only for text that passed {@link #blankOrDate}. */
    static LocalDate date(String text) {
        String value = text(text);
        return value == null ? null : LocalDate.parse(value);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

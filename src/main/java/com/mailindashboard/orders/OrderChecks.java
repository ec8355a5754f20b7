package com.mailindashboard.orders;

import com.mailindashboard.domains.DomainNameRules;
import com.mailindashboard.gateway.AzureOrderNewMailbox;
import com.mailindashboard.gateway.AzureOrderRequest;
import com.mailindashboard.gateway.DomainClient;
import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.orders.OrderCheck.RowProblem;
import com.mailindashboard.web.MailinProblem;
import com.mailindashboard.web.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Checks an order before any call that spends: the domain (syntax, the TLDs Mailin sells when
 * buying, and D5's availability), the registrar and provider (from R2/P2), and the mailboxes (a
 * dry run per line: name, address syntax, address on the order's domain, duplicates, and exactly
 * {@value AzureOrderRequest#MANUAL_MAILBOXES} of them in manual mode).
 */
@Component
class OrderChecks {

    static final int MAX_NAME = 100;
    static final int MAX_FULL_NAMES = AzureOrderRequest.MANUAL_MAILBOXES;
    private static final Pattern LOCAL_PART = Pattern.compile("^[a-z0-9_+-]+(?:\\.[a-z0-9_+-]+)*$");

    private final DomainClient domains;

    OrderChecks(DomainClient domains) {
        this.domains = domains;
    }

    /**
     * @param registrars the account's registrar ids (R2), or null when they could not be read
     * @param providers  the account's inbox provider ids (P2), or null when they could not be read
     * @param askMailin  whether to ask D5 about a domain to buy (the preview does; the confirm relies on Z1)
     */
    OrderCheck check(OrderForm form, Set<Long> registrars, Set<Long> providers, boolean askMailin) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        String domain = domain(form, errors, askMailin);
        if (!form.purchase() && form.getRegistrarId() != null && registrars != null
                && !registrars.contains(form.getRegistrarId())) {
            errors.put("registrarId", Text.of("orders.error.registrar"));
        }
        if (form.getProviderId() != null && providers != null && !providers.contains(form.getProviderId())) {
            errors.put("providerId", Text.of("orders.error.provider"));
        }
        List<RowProblem> rows = new ArrayList<>();
        List<String> fullNames = new ArrayList<>();
        List<AzureOrderNewMailbox> mailboxes = new ArrayList<>();
        MessageSourceResolvable count;
        boolean countOk;
        if (form.mailboxMode() == MailboxMode.AUTO) {
            fullNames = names(form.getFullNames(), rows);
            countOk = !fullNames.isEmpty() && fullNames.size() + rows.size() <= MAX_FULL_NAMES;
            count = fullNames.isEmpty() && rows.isEmpty() ? Text.of("orders.count.auto.none")
                    : !countOk ? Text.of("orders.count.auto.too-many", MAX_FULL_NAMES)
                    : Text.of("orders.count.auto", fullNames.size(), AzureOrderRequest.MANUAL_MAILBOXES);
            if (!countOk || !rows.isEmpty()) {
                errors.put("fullNames", count);
            }
        } else {
            int lines = mailboxes(form.getMailboxes(), domain, mailboxes, rows);
            int wanted = AzureOrderRequest.MANUAL_MAILBOXES;
            countOk = lines == wanted;
            count = lines == wanted ? Text.of("orders.count.manual.ok", wanted)
                    : lines < wanted ? Text.of("orders.count.manual.missing", lines, wanted, wanted - lines)
                    : Text.of("orders.count.manual.too-many", lines, wanted, lines - wanted);
            if (!countOk || !rows.isEmpty()) {
                errors.put("mailboxes", rows.isEmpty() ? count
                        : Text.of("orders.count.with-problems", Text.of("orders.count.manual.problems", rows.size()), count));
            }
        }
        OrderDraft draft = errors.isEmpty() ? new OrderDraft(domain, form.purchase(),
                form.purchase() ? null : form.getRegistrarId(), form.mailboxMode(), fullNames, mailboxes,
                form.getProviderId()) : null;
        return new OrderCheck(draft, errors, rows, count, countOk);
    }

    /** The lines of a text box, numbered from 1, blank ones left out. */
    static List<Map.Entry<Integer, String>> lines(String text) {
        List<Map.Entry<Integer, String>> lines = new ArrayList<>();
        String[] all = (text == null ? "" : text).split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (!all[i].isBlank()) {
                lines.add(Map.entry(i + 1, all[i].strip()));
            }
        }
        return lines;
    }

    /** A "Name, address" line (or "address, name"; a tab or semicolon also separates): the two parts. */
    static String[] split(String line) {
        int at = firstSeparator(line);
        if (at < 0) {
            return line.contains("@") ? new String[] {"", line.strip()} : new String[] {line.strip(), ""};
        }
        String a = line.substring(0, at).strip();
        String b = line.substring(at + 1).strip();
        return a.contains("@") && !b.contains("@") ? new String[] {b, a} : new String[] {a, b};
    }

    /** The last comma, else the last tab, else the last semicolon (a name may hold a comma: "Doe, Jane"). */
    private static int firstSeparator(String line) {
        for (char separator : new char[] {',', '\t', ';'}) {
            int at = line.lastIndexOf(separator);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private String domain(OrderForm form, Map<String, MessageSourceResolvable> errors, boolean askMailin) {
        List<DomainNameRules.Verdict> verdicts = DomainNameRules.check(List.of(form.getDomain()), form.purchase());
        if (verdicts.isEmpty()) {
            errors.put("domain", Text.of("orders.error.domain.required"));
            return "";
        }
        DomainNameRules.Verdict verdict = verdicts.getFirst();
        if (!verdict.ok()) {
            errors.put("domain", Text.of(verdict.problem(),
                    String.join(" ", DomainNameRules.ALLOWED_TLDS.stream().map(t -> "." + t).toList())));
            return verdict.name();
        }
        if (form.purchase() && askMailin) {
            try {
                if (!domains.availability(verdict.name()).available()) {
                    errors.put("domain", Text.of("orders.error.domain.unavailable", verdict.name()));
                }
            } catch (MailinException e) {
                MailinProblem problem = MailinProblem.of(e);
                errors.put("domain", Text.of("orders.error.domain.unchecked", problem.title()));
            }
        }
        return verdict.name();
    }

    private List<String> names(String text, List<RowProblem> rows) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<Integer, String> line : lines(text)) {
            String name = line.getValue();
            MessageSourceResolvable problem = null;
            if (name.length() > MAX_NAME) {
                problem = Text.of("orders.row.name.long", MAX_NAME);
            } else if (!name.codePoints().anyMatch(Character::isLetter)) {
                problem = Text.of("orders.row.name.letters");
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problem = Text.of("orders.row.name.duplicate");
            }
            if (problem == null) {
                names.add(name);
            } else {
                rows.add(new RowProblem(line.getKey(), name, problem));
            }
        }
        return names;
    }

    /** Checks every line; returns how many mailbox lines there are (with or without problems). */
    private int mailboxes(String text, String domain, List<AzureOrderNewMailbox> mailboxes, List<RowProblem> rows) {
        Set<String> seen = new HashSet<>();
        List<Map.Entry<Integer, String>> lines = lines(text);
        String suffix = "@" + domain;
        for (Map.Entry<Integer, String> line : lines) {
            String[] parts = split(line.getValue());
            String name = parts[0];
            String email = parts[1].toLowerCase(Locale.ROOT);
            MessageSourceResolvable problem = null;
            if (name.isEmpty()) {
                problem = Text.of("orders.row.name.missing");
            } else if (name.length() > MAX_NAME) {
                problem = Text.of("orders.row.name.long", MAX_NAME);
            } else if (email.isEmpty()) {
                problem = Text.of("orders.row.email.missing");
            } else if (!validEmail(email)) {
                problem = Text.of("orders.row.email.invalid");
            } else if (!domain.isEmpty() && !email.endsWith(suffix)) {
                problem = Text.of("orders.row.email.domain", domain);
            } else if (!seen.add(email)) {
                problem = Text.of("orders.row.email.duplicate");
            }
            if (problem == null) {
                mailboxes.add(new AzureOrderNewMailbox(name, email));
            } else {
                rows.add(new RowProblem(line.getKey(), line.getValue(), problem));
            }
        }
        return lines.size();
    }

    private static boolean validEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at > 64) {
            return false;
        }
        return LOCAL_PART.matcher(email.substring(0, at)).matches()
                && DomainNameRules.check(List.of(email.substring(at + 1)), false).stream().allMatch(v -> v.ok());
    }

}

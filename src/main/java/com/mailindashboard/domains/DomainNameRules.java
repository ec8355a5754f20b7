package com.mailindashboard.domains;

import com.mailindashboard.text.DomainNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks names before anything is bought: syntax, the TLDs Mailin sells (.com .co .ca .biz) and
 * duplicates. Each problem names its line so it can be shown next to it.
 */
public final class DomainNameRules {

    public static final List<String> ALLOWED_TLDS = List.of("com", "co", "ca", "biz");

    private DomainNameRules() {
    }

    /** One name's verdict: the normalized name, its line, and the message key of its problem (null when fine). */
    public record Verdict(int line, String input, String name, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static String normalize(String raw) {
        String name = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("http://") || name.startsWith("https://")) {
            name = name.substring(name.indexOf("//") + 2);
            int path = name.indexOf('/');
            name = path >= 0 ? name.substring(0, path) : name;
        }
        if (name.startsWith("www.")) {
            name = name.substring(4);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** One entry as typed: its line in the text (from 1) and the text itself. */
    public record Entry(int line, String input) {
    }

    /**
     * The entries of a text with one name per line or several separated by commas; blank entries are
     * skipped and each keeps the number of the line it is on.
     */
    public static List<Entry> entries(String text) {
        List<Entry> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String part : lines[i].split(",")) {
                if (!part.isBlank()) {
                    entries.add(new Entry(i + 1, part));
                }
            }
        }
        return entries;
    }

    /** Verdicts for the names of a text (see {@link #entries(String)}), with the line each is on. */
    public static List<Verdict> check(String text, boolean tldRestricted) {
        return checkEntries(entries(text), tldRestricted);
    }

    /** Verdicts for names given one per entry (line numbers start at 1); blank entries are skipped. */
    public static List<Verdict> check(List<String> entries, boolean tldRestricted) {
        List<Entry> numbered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String input = entries.get(i);
            if (input != null && !input.isBlank()) {
                numbered.add(new Entry(i + 1, input));
            }
        }
        return checkEntries(numbered, tldRestricted);
    }

    private static List<Verdict> checkEntries(List<Entry> entries, boolean tldRestricted) {
        List<Verdict> verdicts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry entry : entries) {
            String name = normalize(entry.input());
            String problem = null;
            if (!DomainNames.valid(name)) {
                problem = "domains.name.invalid";
            } else if (tldRestricted && !ALLOWED_TLDS.contains(name.substring(name.lastIndexOf('.') + 1))) {
                problem = "domains.name.tld";
            } else if (!seen.add(name)) {
                problem = "domains.name.duplicate";
            }
            verdicts.add(new Verdict(entry.line(), entry.input().strip(), name, problem));
        }
        return verdicts;
    }
}

package com.mailindashboard.domains;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** One line of typed names that cannot be used, as shown above a form: its line, what was typed and why. */
record DomainNameProblem(int line, String input, String reason) {

    /** The problems among the verdicts, their reasons in words (the TLD message lists the allowed TLDs). */
    static List<DomainNameProblem> of(List<DomainNameRules.Verdict> verdicts, MessageSource messages, Locale locale) {
        String tlds = String.join(", ", DomainNameRules.ALLOWED_TLDS.stream().map(tld -> "." + tld).toList());
        return verdicts.stream()
                .filter(verdict -> !verdict.ok())
                .map(verdict -> new DomainNameProblem(verdict.line(), verdict.input(),
                        messages.getMessage(verdict.problem(), new Object[] {verdict.name(), tlds}, locale)))
                .toList();
    }

    /** The usable names among the verdicts, normalized, in order. */
    static List<String> usable(List<DomainNameRules.Verdict> verdicts) {
        return verdicts.stream().filter(DomainNameRules.Verdict::ok).map(DomainNameRules.Verdict::name).toList();
    }
}

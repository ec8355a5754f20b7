package com.mailindashboard.domains;

import com.mailindashboard.web.Text;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/** One line of typed names that cannot be used, as shown above a form: its line, what was typed and why. */
record DomainNameProblem(int line, String input, MessageSourceResolvable reason) {

    /** The problems among the verdicts, their reasons as message keys (the TLD message lists the allowed TLDs). */
    static List<DomainNameProblem> of(List<DomainNameRules.Verdict> verdicts) {
        String tlds = String.join(", ", DomainNameRules.ALLOWED_TLDS.stream().map(tld -> "." + tld).toList());
        return verdicts.stream()
                .filter(verdict -> !verdict.ok())
                .map(verdict -> new DomainNameProblem(verdict.line(), verdict.input(),
                        Text.of(verdict.problem(), verdict.name(), tlds)))
                .toList();
    }

    /** The usable names among the verdicts, normalized, in order. */
    static List<String> usable(List<DomainNameRules.Verdict> verdicts) {
        return verdicts.stream().filter(DomainNameRules.Verdict::ok).map(DomainNameRules.Verdict::name).toList();
    }
}

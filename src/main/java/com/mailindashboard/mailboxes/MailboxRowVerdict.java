package com.mailindashboard.mailboxes;

import java.util.ArrayList;
import java.util.List;

/**
 * One row's verdict: the values to keep (the address lower-cased when it is valid), the address's
 * domain (null when the address is not valid), and the problem tokens ({@code code} or
 * {@code code:argument}); none means the row can be created.
 */
public record MailboxRowVerdict(int line, String address, String domain, String name, String firstName,
                                String lastName, String password, List<String> problems) {

    public MailboxRowVerdict {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    MailboxRowVerdict withProblem(String problem) {
        List<String> more = new ArrayList<>(problems);
        more.add(problem);
        return new MailboxRowVerdict(line, address, domain, name, firstName, lastName, password, more);
    }


    /** Leaves the password out: it must never reach a log. */
    @Override
    public String toString() {
        return "MailboxRowVerdict[line=" + line + ", address=" + address + ", problems=" + problems + "]";
    }
}

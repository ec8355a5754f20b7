package com.mailindashboard.orders;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a list of people into unique addresses on the order's domain with the chosen patterns:
 * every person with the first pattern, then every person with the next, ...; when the patterns run
 * out, the same again with a number (first.last2, ...). Addresses already in the list are kept and
 * never repeated; the result stops at the wanted count.
 */
final class MailboxBuilder {

    private MailboxBuilder() {
    }

    /** A built row: the person's name and the address. */
    record Built(String name, String email) {
        String line() {
            return name + ", " + email;
        }
    }

    static List<Built> build(List<String> people, List<AddressPattern> patterns, String domain, Set<String> taken,
                             int wanted) {
        List<Built> built = new ArrayList<>();
        if (people.isEmpty() || patterns.isEmpty() || wanted <= 0) {
            return built;
        }
        Set<String> used = new HashSet<>();
        taken.forEach(address -> used.add(address.toLowerCase(Locale.ROOT)));
        String suffix = "@" + domain.toLowerCase(Locale.ROOT);
        for (int round = 1; built.size() < wanted && round <= wanted; round++) {
            int before = built.size();
            for (AddressPattern pattern : patterns) {
                for (String person : people) {
                    if (built.size() == wanted) {
                        return built;
                    }
                    String local = pattern.localPart(person);
                    if (local == null) {
                        continue;
                    }
                    String email = local + (round == 1 ? "" : String.valueOf(round)) + suffix;
                    if (used.add(email)) {
                        built.add(new Built(person.strip(), email));
                    }
                }
            }
            if (built.size() == before && round > 1) {
                return built; // no person gives an address with these patterns
            }
        }
        return built;
    }
}

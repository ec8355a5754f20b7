package com.mailindashboard.mailboxes.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An export's calls are spaced so that it never takes more than its share of Mailin's rate budget. */
class MailboxExportPacerTest {

    @Test
    void callsAreSpacedAtMostPerSecondApart() {
        long created = System.nanoTime();
        MailboxExportService.Pacer pacer = new MailboxExportService.Pacer(40);
        List<Long> at = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            at.add(pacer.call(System::nanoTime));
        }
        // 40 a second: call i starts no earlier than i slots of 25 ms after the pacer was made. A lower
        // bound on each call's own slot, so a call the scheduler delays cannot make it flaky (the gap
        // between two measured calls can be shorter when the first was late: the slots stay fixed).
        for (int i = 0; i < at.size(); i++) {
            assertThat(at.get(i) - created).isGreaterThanOrEqualTo(i * 25_000_000L);
        }
        assertThat(at).isSorted();
    }
}

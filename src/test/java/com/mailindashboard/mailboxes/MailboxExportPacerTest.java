package com.mailindashboard.mailboxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An export's calls are spaced so that it never takes more than its share of Mailin's rate budget. */
class MailboxExportPacerTest {

    @Test
    void callsAreSpacedAtMostPerSecondApart() {
        MailboxExportService.Pacer pacer = new MailboxExportService.Pacer(40);
        List<Long> at = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            at.add(pacer.call(System::nanoTime));
        }
        for (int i = 1; i < at.size(); i++) {
            // 40 a second: each call at least 25 ms after the one before (a lower bound, so never flaky)
            assertThat(at.get(i) - at.get(i - 1)).isGreaterThanOrEqualTo(24_000_000L);
        }
    }
}

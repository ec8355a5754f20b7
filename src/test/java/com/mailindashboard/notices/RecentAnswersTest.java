package com.mailindashboard.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RecentAnswersTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();
    private final RecentAnswers<String, String> answers = new RecentAnswers<>(Duration.ofSeconds(10), nanos::get);

    private String read(String key) {
        return key + "#" + reads.incrementAndGet();
    }

    @Test
    void aFreshAnswerIsReusedPerKeyUntilItIsOld() {
        assertThat(answers.get("ada", this::read)).isEqualTo("ada#1");
        assertThat(answers.get("ada", this::read)).isEqualTo("ada#1");
        assertThat(answers.get("bob", this::read)).as("another key reads its own").isEqualTo("bob#2");

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(answers.get("ada", this::read)).as("after fresh-for").isEqualTo("ada#3");
    }

    @Test
    void aChangeDropsEveryAnswerAtOnce() {
        answers.get("ada", this::read);
        answers.get("bob", this::read);
        answers.forget();
        assertThat(answers.get("ada", this::read)).isEqualTo("ada#3");
        assertThat(answers.get("bob", this::read)).isEqualTo("bob#4");
    }

    @Test
    void anAnswerReadWhileAChangeWasMadeIsNotReused() {
        assertThat(answers.get("ada", key -> {
            answers.forget();   // another thread's change lands during this read
            return read(key);
        })).isEqualTo("ada#1");
        assertThat(answers.get("ada", this::read)).isEqualTo("ada#2");
    }

    @Test
    void aChangeInsideATransactionIsForgottenAgainWhenItEnds() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            answers.forget();
            // read between the change and its commit: still the old rows
            assertThat(answers.get("ada", this::read)).isEqualTo("ada#1");
            assertThat(answers.get("ada", this::read)).isEqualTo("ada#1");
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(answers.get("ada", this::read)).as("read again after the commit").isEqualTo("ada#2");
    }

    @Test
    void zeroFreshForReadsEveryTime() {
        RecentAnswers<String, String> never = new RecentAnswers<>(Duration.ZERO, nanos::get);
        assertThat(never.get("ada", this::read)).isEqualTo("ada#1");
        assertThat(never.get("ada", this::read)).isEqualTo("ada#2");
    }

    @Test
    void keepsAtMostItsLimitOfKeys() {
        for (int i = 0; i <= RecentAnswers.MOST_KEYS; i++) {
            answers.get("teammate-" + i, this::read);
        }
        int before = reads.get();
        answers.get("teammate-0", this::read);
        assertThat(reads.get()).as("the oldest keys were let go when the limit was reached").isEqualTo(before + 1);
    }
}

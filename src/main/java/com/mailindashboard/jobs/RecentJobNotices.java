package com.mailindashboard.jobs;

import com.mailindashboard.notices.NoticesProperties;
import com.mailindashboard.notices.RecentAnswers;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The layout's job counts and notices, remembered for {@code dashboard.notices.fresh-for} and dropped by
 * every change to a job this instance makes ({@link JobChanges}, and the ledger's bulk "seen" updates).
 */
@Component
class RecentJobNotices {

    private final RecentAnswers<Boolean, Long> active;
    private final RecentAnswers<String, List<Job>> ended;

    RecentJobNotices(NoticesProperties properties) {
        this.active = new RecentAnswers<>(properties.freshFor());
        this.ended = new RecentAnswers<>(properties.freshFor());
    }

    JobNotices of(JobLedger ledger, String teammate, String back) {
        return new JobNotices(active.get(Boolean.TRUE, all -> ledger.activeCount()),
                ended.get(teammate, ledger::endedUnseen), back);
    }

    void forget() {
        active.forget();
        ended.forget();
    }
}

package com.mailindashboard.jobs;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Every job written through JPA drops the layout's remembered job counts and notices. */
class JobChanges {

    private final RecentJobNotices notices;

    JobChanges(RecentJobNotices notices) {
        this.notices = notices;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Job job) {
        notices.forget();
    }
}

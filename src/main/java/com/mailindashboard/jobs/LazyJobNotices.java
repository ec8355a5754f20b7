package com.mailindashboard.jobs;

import java.util.function.Supplier;
import org.thymeleaf.context.LazyContextVariable;

/** The layout's job notices, read from the database only when a page actually renders them. */
final class LazyJobNotices extends LazyContextVariable<JobNotices> {

    private final Supplier<JobNotices> load;

    LazyJobNotices(Supplier<JobNotices> load) {
        this.load = load;
    }

    @Override
    protected JobNotices loadValue() {
        return load.get();
    }

    /** The same notices without the one of the job on the page being shown. */
    LazyJobNotices without(long jobId) {
        return new LazyJobNotices(() -> getValue().without(jobId));
    }
}

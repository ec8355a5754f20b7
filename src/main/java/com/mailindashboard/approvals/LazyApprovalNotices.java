package com.mailindashboard.approvals;

import java.util.function.Supplier;
import org.thymeleaf.context.LazyContextVariable;

/** The layout's approval notices, read from the database only when a page actually renders them. */
final class LazyApprovalNotices extends LazyContextVariable<ApprovalNotices> {

    private final Supplier<ApprovalNotices> load;

    LazyApprovalNotices(Supplier<ApprovalNotices> load) {
        this.load = load;
    }

    @Override
    protected ApprovalNotices loadValue() {
        return load.get();
    }
}

package com.mailindashboard.audit;

/** Implemented by the signed-in principal so the audit log can snapshot who acted. */
public interface AuditActor {

    Long actorId();

    String actorEmail();
}

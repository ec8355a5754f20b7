package com.mailindashboard.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED, UNKNOWN
}

package com.mailindashboard.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login, kept for throttling (not the audit trail: the audit log has its own event). */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String accountKey;
    @Column(nullable = false)
    private String ip;
    @Column(nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(String accountKey, String ip, Instant failedAt) {
        this.accountKey = accountKey;
        this.ip = ip;
        this.failedAt = failedAt;
    }

    Instant getFailedAt() {
        return failedAt;
    }
}

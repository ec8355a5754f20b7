package com.mailindashboard.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a teammate's one-time recovery codes, stored hashed with the app's PasswordEncoder. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long teamUserId;
    @Column(nullable = false)
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long teamUserId, String codeHash) {
        this.teamUserId = teamUserId;
        this.codeHash = codeHash;
    }

    String getCodeHash() { return codeHash; }
    Instant getUsedAt() { return usedAt; }

    void use(Instant now) {
        this.usedAt = now;
    }
}

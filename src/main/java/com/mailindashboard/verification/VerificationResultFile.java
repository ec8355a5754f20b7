package com.mailindashboard.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The kept copy of a finished task's download of one category, in the data directory, until it expires. */
@Entity
@Table(name = "verification_result_file")
public class VerificationResultFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long taskId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationCategory category;
    @Column(nullable = false)
    private String path;
    private long bytes;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant expiresAt;

    protected VerificationResultFile() {
    }

    VerificationResultFile(Long taskId, VerificationCategory category, String path, long bytes, Instant now,
                           Instant expiresAt) {
        this.taskId = taskId;
        this.category = category;
        this.path = path;
        this.bytes = bytes;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Long getId() { return id; }
    public Long getTaskId() { return taskId; }
    public VerificationCategory getCategory() { return category; }
    public String getPath() { return path; }
    public long getBytes() { return bytes; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
}

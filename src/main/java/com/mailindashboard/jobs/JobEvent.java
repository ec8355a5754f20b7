package com.mailindashboard.jobs;

import com.mailindashboard.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a job's timeline: a status it entered, when, and why. */
@Entity
@Table(name = "job_event")
public class JobEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long jobId;
    @Column(nullable = false)
    private Instant at;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;
    private String message;

    protected JobEvent() {
    }

    JobEvent(Long jobId, Instant at, JobStatus status, String message) {
        this.jobId = jobId;
        this.at = at;
        this.status = status;
        this.message = Texts.fit(message, 4000);
    }

    public Instant getAt() { return at; }
    public JobStatus getStatus() { return status; }
    public String getMessage() { return message; }
}

package com.mailindashboard.jobs;

import java.util.List;

/**
 * What a tracker learned from Mailin about a job: its status, Mailin's report in words, and what
 * it created (ids or names) once known.
 */
public record JobReport(JobStatus status, String report, List<String> results) {

    public JobReport {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public static JobReport inProgress(String report) {
        return new JobReport(JobStatus.RUNNING, report, List.of());
    }

    public static JobReport completed(String report, List<String> results) {
        return new JobReport(JobStatus.COMPLETED, report, results);
    }

    public static JobReport failed(String report) {
        return new JobReport(JobStatus.FAILED, report, List.of());
    }

    /** Still unknown whether the operation happened (reconciliation goes on). */
    public static JobReport unknown(String report) {
        return new JobReport(JobStatus.OUTCOME_UNKNOWN, report, List.of());
    }
}

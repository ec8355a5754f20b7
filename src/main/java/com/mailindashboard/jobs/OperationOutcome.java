package com.mailindashboard.jobs;

/**
 * The result of {@link OperationLedger#submitOnce}: the stored operation and whether this
 * submission was a repeat of one already made (in which case Mailin was not called again).
 */
public record OperationOutcome(Operation operation, boolean repeated) {
}

package com.mailindashboard.verification;

import com.mailindashboard.gateway.VerificationType;
import com.mailindashboard.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A checked list or file waiting for its confirm: the counts of the streaming check, the cleaned
 * CSV it wrote (in the data directory), the balance it was compared with, and the confirm form's
 * operation key. The original upload is kept only while the e-mail column has to be chosen.
 */
@Entity
@Table(name = "verification_check")
public class VerificationCheck {

    /** Where a check stands. */
    public enum State { NEEDS_COLUMN, READY, SENT }

    /** Where its addresses came from. */
    public enum SourceKind { FILE, LIST }

    @Id
    private String id;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind sourceKind;
    @Column(nullable = false)
    private String sourceName;
    @Enumerated(EnumType.STRING)
    @Column(name = "verification_type", nullable = false)
    private VerificationType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    private long totalRows;
    private long uniqueCount;
    private long duplicateCount;
    private long invalidCount;
    private long blankCount;
    private String emailColumn;
    private Integer columnIndex;
    private boolean headerRow;
    private String columns;
    private String invalidSamples;
    private String originalFile;
    private String cleanedFile;
    private Long balance;
    @Column(nullable = false)
    private String confirmKey;
    private Long taskId;
    @Version
    private Long version;

    protected VerificationCheck() {
    }

    VerificationCheck(SourceKind sourceKind, String sourceName, VerificationType type, String createdBy,
                      Instant now) {
        this.id = UUID.randomUUID().toString();
        this.sourceKind = sourceKind;
        this.sourceName = Texts.fit(sourceName, 255);
        this.type = type;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.state = State.READY;
        this.confirmKey = UUID.randomUUID().toString();
    }

    void needsColumn(List<ColumnChoice> choices, String originalFile) {
        this.state = State.NEEDS_COLUMN;
        this.originalFile = originalFile;
        List<String> lines = new ArrayList<>();
        for (ColumnChoice choice : choices) {
            lines.add(String.join("\u001f", choice.samples()));
        }
        this.columns = Texts.fit(String.join("\u001e", lines), 4000);
    }

    void checked(PrecheckResult result, String cleanedFile, Long balance) {
        this.state = State.READY;
        this.totalRows = result.rows();
        this.uniqueCount = result.unique();
        this.duplicateCount = result.duplicates();
        this.invalidCount = result.invalid();
        this.blankCount = result.blank();
        this.columnIndex = result.column();
        this.emailColumn = result.columnLabel() == null ? null : Texts.fit(result.columnLabel(), 255);
        this.headerRow = result.header();
        List<String> samples = new ArrayList<>();
        for (InvalidSample sample : result.invalidSamples()) {
            samples.add(sample.line() + "\u001f" + sample.value());
        }
        this.invalidSamples = Texts.fit(String.join("\u001e", samples), 4000);
        this.cleanedFile = cleanedFile;
        this.originalFile = null;
        this.balance = balance;
        this.columns = null;
    }

    void sent(long taskId) {
        this.state = State.SENT;
        this.taskId = taskId;
    }

    /** A refused send (not enough credits...) may be tried again: under a new key. */
    void newConfirmKey() {
        this.confirmKey = UUID.randomUUID().toString();
        this.state = State.READY;
        this.taskId = null;
    }

    public List<ColumnChoice> columnChoices() {
        List<ColumnChoice> choices = new ArrayList<>();
        if (columns == null || columns.isEmpty()) {
            return choices;
        }
        String[] lines = columns.split("\u001e", -1);
        for (int i = 0; i < lines.length; i++) {
            choices.add(new ColumnChoice(i, List.of(lines[i].split("\u001f", -1))));
        }
        return choices;
    }

    public List<InvalidSample> invalidSampleList() {
        List<InvalidSample> samples = new ArrayList<>();
        if (invalidSamples == null || invalidSamples.isEmpty()) {
            return samples;
        }
        for (String line : invalidSamples.split("\u001e")) {
            String[] parts = line.split("\u001f", 2);
            samples.add(new InvalidSample(Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : ""));
        }
        return samples;
    }

    /** Credits the task needs: one per unique valid address. */
    public long creditsNeeded() {
        return uniqueCount;
    }

    /** Known to be more than the balance read during the check. */
    public boolean notEnoughCredits() {
        return balance != null && uniqueCount > balance;
    }

    /** How it will be sent: a list of up to 500 as V4, anything else as a cleaned CSV file (V3). */
    public VerificationMethod method() {
        return sourceKind == SourceKind.LIST && uniqueCount <= VerificationFiles.MAX_LIST_EMAILS
                ? VerificationMethod.LIST : VerificationMethod.FILE;
    }

    public String getId() { return id; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public SourceKind getSourceKind() { return sourceKind; }
    public String getSourceName() { return sourceName; }
    public VerificationType getType() { return type; }
    public State getState() { return state; }
    public long getTotalRows() { return totalRows; }
    public long getUniqueCount() { return uniqueCount; }
    public long getDuplicateCount() { return duplicateCount; }
    public long getInvalidCount() { return invalidCount; }
    public long getBlankCount() { return blankCount; }
    public String getEmailColumn() { return emailColumn; }
    public Integer getColumnIndex() { return columnIndex; }
    public boolean isHeaderRow() { return headerRow; }
    public String getOriginalFile() { return originalFile; }
    public String getCleanedFile() { return cleanedFile; }
    public Long getBalance() { return balance; }
    public String getConfirmKey() { return confirmKey; }
    public Long getTaskId() { return taskId; }
}

package com.mailindashboard.verification;

import java.util.List;

/** A column the user can pick as the e-mail column: its index (0-based) and its first values. */
public record ColumnChoice(int index, List<String> samples) {

    public ColumnChoice {
        samples = List.copyOf(samples);
    }

    /** The column's name as people count (A, B, ... Z, AA). */
    public String letter() {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}

package com.mailindashboard.overview;

/**
 * Mailbox slots used against the account's slots: {@code used} is the SMTP and Google mailboxes
 * the fleet summary counted, {@code slots} what Mailin says the account has. The level colours the
 * bar: below 70 % fine, from 70 % filling, from 85 % nearly full, from 95 % full.
 */
public record SlotUsage(long used, long slots) {

    public double percent() {
        return slots <= 0 ? (used > 0 ? 100 : 0) : Math.round(used * 1000.0 / slots) / 10.0;
    }

    /** How full, as a word of the message keys and CSS: {@code ok}, {@code filling}, {@code high}, {@code full}. */
    public String level() {
        double percent = percent();
        if (percent >= 95) {
            return "full";
        }
        if (percent >= 85) {
            return "high";
        }
        return percent >= 70 ? "filling" : "ok";
    }

    /** The bar's width, at most 100 %. */
    public double width() {
        return Math.min(100, percent());
    }
}

package com.mailindashboard.sandbox;

/** A mailbox a creation job will add when it completes; {@code username} is the full address. */
record MailboxDraft(SandboxProvider provider, String username, String name, String password) {

    String domain() {
        return SandboxRules.domainOf(username);
    }

    /** An M3 item, validated: address, display name, optional password of 8 to 24 characters. */
    static MailboxDraft smtp(int index, String username, String name, String password) {
        String field = "mailboxes." + index + ".";
        String address = SandboxRules.email(field + "username", username);
        String display = SandboxRules.required(field + "name", name);
        String secret = password == null || password.isEmpty() ? SandboxRandom.alphanumeric(12)
                : SandboxRules.length(field + "password", password, 8, 24);
        return new MailboxDraft(SandboxProvider.SMTP, address, display, secret);
    }

    /** A G7 item, validated: address, first and last name; Google gets a generated password. */
    static MailboxDraft google(int index, String username, String firstName, String lastName) {
        String field = "mailboxes." + index + ".";
        String address = SandboxRules.email(field + "username", username);
        String first = SandboxRules.required(field + "first_name", firstName);
        String last = SandboxRules.required(field + "last_name", lastName);
        return new MailboxDraft(SandboxProvider.GOOGLE, address, first + " " + last, SandboxRandom.alphanumeric(10));
    }
}

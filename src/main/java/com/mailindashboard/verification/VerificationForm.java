package com.mailindashboard.verification;

import com.mailindashboard.gateway.VerificationType;

/** The verify page's three forms: one address, a pasted list, a file; each with the type. */
public class VerificationForm {

    private String email;
    private String emails;
    private String type;
    private String singleKey;

    VerificationType type() {
        return "catch_all".equalsIgnoreCase(type) || "CATCH_ALL".equalsIgnoreCase(type)
                ? VerificationType.CATCH_ALL : VerificationType.STANDARD;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getEmails() { return emails; }
    public void setEmails(String emails) { this.emails = emails; }
    public String getType() { return type == null ? "STANDARD" : type; }
    public void setType(String type) { this.type = type; }
    public String getSingleKey() { return singleKey; }
    public void setSingleKey(String singleKey) { this.singleKey = singleKey; }
}

package com.mailindashboard.gateway;

/** Where and as whom the gateway talks to Mailin. The password never leaves the server. */
public record MailinConnection(String baseUrl, String email, String password, String deviceName) {

    public boolean complete() {
        return baseUrl != null && !baseUrl.isBlank() && email != null && !email.isBlank()
                && password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "MailinConnection[baseUrl=" + baseUrl + ", email=" + email + ", password=***, deviceName="
                + deviceName + "]";
    }
}

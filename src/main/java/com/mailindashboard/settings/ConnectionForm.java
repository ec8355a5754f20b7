package com.mailindashboard.settings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The settings page's form. The password is write-only: blank means "keep the stored one". */
public class ConnectionForm {

    @NotBlank(message = "{settings.baseUrl.required}")
    @Pattern(regexp = "https?://\\S+", message = "{settings.baseUrl.invalid}")
    @Size(max = 500)
    private String baseUrl;
    @Email(message = "{settings.email.invalid}")
    @Size(max = 320)
    private String email;
    @Size(max = 200)
    private String password;
    @Size(max = 200)
    private String deviceName;
    private boolean sandbox;

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getDeviceName() { return deviceName; }
    public void setDeviceName(String deviceName) { this.deviceName = deviceName; }
    public boolean isSandbox() { return sandbox; }

    /** Whether a new password was typed (blank keeps the stored one). */
    public boolean passwordEntered() {
        return password != null && !password.isBlank();
    }
    public void setSandbox(boolean sandbox) { this.sandbox = sandbox; }

    @Override
    public String toString() {
        return "ConnectionForm[baseUrl=" + baseUrl + ", email=" + email + ", password=***, deviceName=" + deviceName
                + ", sandbox=" + sandbox + "]";
    }
}

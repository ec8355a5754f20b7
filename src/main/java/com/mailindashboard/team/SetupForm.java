package com.mailindashboard.team;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first-admin form: the setup token from the log proves access to the server. */
public class SetupForm {

    @NotBlank(message = "{setup.token.required}")
    private String setupToken;
    @NotBlank(message = "{team.email.required}")
    @Email(message = "{team.email.invalid}")
    @Size(max = 320)
    private String email;
    @NotBlank(message = "{team.name.required}")
    @Size(max = 200)
    private String displayName;
    @NotBlank(message = "{password.new.required}")
    @TeamPassword
    private String password;
    @NotBlank(message = "{password.confirm.required}")
    private String confirmPassword;

    public String getSetupToken() { return setupToken; }
    public void setSetupToken(String setupToken) { this.setupToken = setupToken; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }

    @Override
    public String toString() {
        return "SetupForm[email=" + email + ", ***]";
    }
}

package com.mailindashboard.team;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class NewTeammateForm {

    @NotBlank(message = "{team.email.required}")
    @Email(message = "{team.email.invalid}")
    @Size(max = 320)
    private String email;
    @NotBlank(message = "{team.name.required}")
    @Size(max = 200)
    private String displayName;
    @NotNull(message = "{team.role.required}")
    private Role role = Role.OPERATOR;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}

package com.mailindashboard.integrations;

/**
 * An inbox provider or registrar as typed on its add or edit form. Secrets are write-only: a form
 * shown again never carries them back ({@link #forgetSecrets()}).
 */
public class IntegrationForm {

    private String name = "";
    private String type = "";
    private String apiKey = "";
    private String secretApiKey = "";
    private String password = "";
    private String oauthUrl = "";
    private String username = "";
    private String workspaceId = "";
    private String apiUser = "";
    private String whitelistedIp = "";
    private String customerId = "";

    public void forgetSecrets() {
        apiKey = "";
        secretApiKey = "";
        password = "";
    }

    /** A field's value by name (the names of {@link IntegrationType#fields()}), stripped; null when blank. */
    String value(String field) {
        String value = switch (field) {
            case "name" -> name;
            case "apiKey" -> apiKey;
            case "secretApiKey" -> secretApiKey;
            case "password" -> password;
            case "oauthUrl" -> oauthUrl;
            case "username" -> username;
            case "workspaceId" -> workspaceId;
            case "apiUser" -> apiUser;
            case "whitelistedIp" -> whitelistedIp;
            case "customerId" -> customerId;
            default -> throw new IllegalArgumentException(field);
        };
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String clean(String value) {
        return value == null ? "" : value;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = clean(name); }
    public String getType() { return type; }
    public void setType(String type) { this.type = clean(type); }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String apiKey) { this.apiKey = clean(apiKey); }
    public String getSecretApiKey() { return secretApiKey; }
    public void setSecretApiKey(String secretApiKey) { this.secretApiKey = clean(secretApiKey); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = clean(password); }
    public String getOauthUrl() { return oauthUrl; }
    public void setOauthUrl(String oauthUrl) { this.oauthUrl = clean(oauthUrl); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = clean(username); }
    public String getWorkspaceId() { return workspaceId; }
    public void setWorkspaceId(String workspaceId) { this.workspaceId = clean(workspaceId); }
    public String getApiUser() { return apiUser; }
    public void setApiUser(String apiUser) { this.apiUser = clean(apiUser); }
    public String getWhitelistedIp() { return whitelistedIp; }
    public void setWhitelistedIp(String whitelistedIp) { this.whitelistedIp = clean(whitelistedIp); }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = clean(customerId); }

    @Override
    public String toString() {
        return "IntegrationForm[name=" + name + ", type=" + type + ", secrets=***]";
    }
}

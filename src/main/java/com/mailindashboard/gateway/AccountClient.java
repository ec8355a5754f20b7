package com.mailindashboard.gateway;

import org.springframework.stereotype.Component;

/** Account rows of the catalog: A1 (log in), A2 (documentation), U1 (user details). */
@Component
public class AccountClient {

    private final MailinHttp http;
    private final MailinSession session;

    AccountClient(MailinHttp http, MailinSession session) {
        this.http = http;
        this.session = session;
    }

    /** A1: logs in with the given connection and returns the token (does not replace the session's). */
    @CatalogOperation(MailinOperation.A1)
    public MailinToken login(MailinConnection connection) {
        return http.login(connection);
    }

    /** A2: general API information. Its body is undocumented, so it is returned as Mailin sends it. */
    @CatalogOperation(MailinOperation.A2)
    public String documentation() {
        return http.call(MailinRequest.to(MailinOperation.A2)).raw();
    }

    /** U1: the account of the signed-in Mailin user. */
    @CatalogOperation(MailinOperation.U1)
    public MailinUser user(String userId) {
        return http.call(MailinRequest.to(MailinOperation.U1).path("user_id", userId)).as(MailinUser.class);
    }

    /** U1 for the user the current token belongs to (logging in first when needed). */
    public MailinUser currentUser() {
        MailinToken token = session.token(http::login);
        return user(token.userId());
    }

    /**
     * Logs in afresh with the stored connection (A1) and reads the account (U1): what the
     * settings page's "Test connection" does.
     */
    public MailinUser testConnection() {
        return user(session.loginNow(http::login).userId());
    }

    /** Forgets the token, e.g. after the connection settings changed. */
    public void connectionChanged() {
        session.forget();
    }
}

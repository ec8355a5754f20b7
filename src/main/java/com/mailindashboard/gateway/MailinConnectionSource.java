package com.mailindashboard.gateway;

import java.util.Optional;

/**
 * Supplies the connection and keeps the token between restarts. Implemented by the settings
 * module (which stores both encrypted); the gateway only depends on this interface.
 */
public interface MailinConnectionSource {

    Optional<MailinConnection> connection();

    Optional<MailinToken> storedToken();

    void storeToken(MailinToken token);
}

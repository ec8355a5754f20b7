package com.mailindashboard.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A connection source for gateway tests: fixed connection, token kept in memory, stores counted. */
class InMemoryConnectionSource implements MailinConnectionSource {

    private final MailinConnection connection;
    private volatile MailinToken token;
    final List<MailinToken> stored = new ArrayList<>();

    InMemoryConnectionSource(String baseUrl, MailinToken initialToken) {
        this.connection = new MailinConnection(baseUrl, "user@example.com", "your-secure-password", "My-Awesome-App");
        this.token = initialToken;
    }

    @Override
    public Optional<MailinConnection> connection() {
        return Optional.of(connection);
    }

    @Override
    public Optional<MailinToken> storedToken() {
        return Optional.ofNullable(token);
    }

    @Override
    public synchronized void storeToken(MailinToken token) {
        this.token = token;
        stored.add(token);
    }
}

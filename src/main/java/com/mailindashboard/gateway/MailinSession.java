package com.mailindashboard.gateway;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the bearer token. The token is reused until Mailin answers 401; then exactly one caller
 * logs in again while concurrent callers wait for it and reuse its token (single flight).
 */
class MailinSession {

    private static final Logger log = LoggerFactory.getLogger(MailinSession.class);

    private final MailinConnectionSource source;
    private final ReentrantLock loginLock = new ReentrantLock();
    private volatile MailinToken current;

    MailinSession(MailinConnectionSource source) {
        this.source = source;
    }

    /** The token to use now, logging in first when there is none. */
    MailinToken token(Function<MailinConnection, MailinToken> login) {
        MailinToken token = current;
        if (token != null) {
            return token;
        }
        return renew(null, login);
    }

    /**
     * Called after a 401 with the token that was refused. Logs in unless another caller already
     * replaced that token while this one waited for the lock.
     */
    MailinToken renew(MailinToken refused, Function<MailinConnection, MailinToken> login) {
        return renew(refused, login, true);
    }

    private MailinToken renew(MailinToken refused, Function<MailinConnection, MailinToken> login,
                              boolean storedTokenAllowed) {
        loginLock.lock();
        try {
            MailinToken token = current;
            if (token != null && !token.equals(refused)) {
                return token;
            }
            if (token == null && refused == null && storedTokenAllowed) {
                MailinToken stored = source.storedToken().orElse(null);
                if (stored != null) {
                    current = stored;
                    return stored;
                }
            }
            MailinConnection connection = source.connection()
                    .filter(MailinConnection::complete)
                    .orElseThrow(() -> new MailinNotConfiguredException(MailinOperation.A1));
            MailinToken fresh = login.apply(connection);
            keep(fresh);
            current = fresh;
            return fresh;
        } finally {
            loginLock.unlock();
        }
    }

    /**
     * Stores the token for the next start and the other instances on the database. Two instances
     * logging in at the same moment may both try to create the one row: the loser keeps its token
     * in memory (it is valid all the same) instead of failing the call that needed it.
     */
    private void keep(MailinToken fresh) {
        try {
            source.storeToken(fresh);
        } catch (RuntimeException e) {
            log.warn("The new Mailin token could not be stored ({}); it is used from memory", e.getClass().getSimpleName());
        }
    }

    /** Logs in now, whatever token is held, and keeps the new token (the settings page's test). */
    MailinToken loginNow(Function<MailinConnection, MailinToken> login) {
        loginLock.lock();
        try {
            current = null;
            return renew(null, login, false);
        } finally {
            loginLock.unlock();
        }
    }

    /** Drops the token, e.g. when the connection settings change. */
    void forget() {
        current = null;
    }
}

package com.mailindashboard.team;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository, minus the write of a page that changed nothing. Spring Session saves the
 * session after every request because each request moves its last access; that save opens a transaction and
 * runs the update (which {@link SessionConfiguration#UPDATE_UNLESS_ONLY_JUST_TOUCHED} already makes a no-op
 * within {@link SessionConfiguration#TOUCH_EVERY}). Here such a save is not even started: a session read from
 * the database is saved only when an attribute, its id or its timeout changed, or its last access moved by
 * {@code touchEvery}. New sessions are always saved.
 *
 * <p>It also reads a session once per request. Spring Session's filter saves the session when the response
 * commits and again when it ends, and by then it has forgotten the session and reads it again (a SELECT, the
 * attributes' decryption and deserialization). Within {@link #readOncePerRequest}, a second read of the same
 * id answers the session already read; a deletion or a new id forgets it.
 */
final class QuietSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession<S>> {

    /** The sessions read during the current request on this thread, while one is under way. */
    private static final ThreadLocal<Map<String, QuietSession<?>>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> delegate;
    private final Duration touchEvery;

    QuietSessionRepository(FindByIndexNameSessionRepository<S> delegate, Duration touchEvery) {
        this.delegate = delegate;
        this.touchEvery = touchEvery;
    }

    @Override
    public QuietSession<S> createSession() {
        return new QuietSession<>(delegate.createSession(), null);
    }

    @Override
    public void save(QuietSession<S> session) {
        if (session.loadedLastAccess == null || session.changed
                || Duration.between(session.loadedLastAccess, session.getLastAccessedTime()).compareTo(touchEvery) >= 0) {
            delegate.save(session.session);
        }
    }

    /**
     * Runs one request through the session filter ({@link QuietSessionFilter}); the sessions it reads meanwhile on
     * this thread are read from the database once.
     */
    static void readOncePerRequest(Request request) throws IOException, ServletException {
        if (READ_IN_THIS_REQUEST.get() != null) {
            request.run(); // a forward or an error dispatch within the request
            return;
        }
        READ_IN_THIS_REQUEST.set(new HashMap<>());
        try {
            request.run();
        } finally {
            READ_IN_THIS_REQUEST.remove();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public QuietSession<S> findById(String id) {
        Map<String, QuietSession<?>> read = READ_IN_THIS_REQUEST.get();
        QuietSession<?> earlier = read == null ? null : read.get(id);
        if (earlier != null && earlier.getId().equals(id)) {
            return (QuietSession<S>) earlier;
        }
        S found = delegate.findById(id);
        QuietSession<S> session = found == null ? null : new QuietSession<>(found, found.getLastAccessedTime());
        if (read != null && session != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, QuietSession<?>> read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        delegate.deleteById(id);
    }

    @Override
    public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession<S>> found = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new QuietSession<>(session, session.getLastAccessedTime())));
        return found;
    }

    /** One request's way through the filters. */
    @FunctionalInterface
    interface Request {
        void run() throws IOException, ServletException;
    }

    /** A session that remembers whether anything but its last access changed. */
    static final class QuietSession<S extends Session> implements Session {

        private final S session;
        /** The last access as read from the database; null for a new session. */
        private final Instant loadedLastAccess;
        private boolean changed;

        QuietSession(S session, Instant loadedLastAccess) {
            this.session = session;
            this.loadedLastAccess = loadedLastAccess;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}

package com.mailindashboard.team;

import java.time.Duration;
import java.time.Instant;
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
 */
final class QuietSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession<S>> {

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

    @Override
    public QuietSession<S> findById(String id) {
        S found = delegate.findById(id);
        return found == null ? null : new QuietSession<>(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
    }

    @Override
    public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession<S>> found = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new QuietSession<>(session, session.getLastAccessedTime())));
        return found;
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

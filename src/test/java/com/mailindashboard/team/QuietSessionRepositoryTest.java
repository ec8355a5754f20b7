package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.team.QuietSessionRepository.QuietSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/** A page that changed nothing but its visit starts no save; every other change is saved as before. */
class QuietSessionRepositoryTest {

    private final Sessions stored = new Sessions();
    private final QuietSessionRepository<MapSession> sessions = new QuietSessionRepository<>(stored, Duration.ofMinutes(1));

    @Test
    void aNewSessionIsAlwaysSaved() {
        QuietSession<MapSession> created = sessions.createSession();
        sessions.save(created);
        assertThat(stored.saved).containsExactly(created.getId());
    }

    @Test
    void aVisitWithinTheMinuteStartsNoSaveAndOneAMinuteLaterDoes() {
        String id = storedSession();
        assertThat(savedAfter(id, session -> session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(59))))
                .isFalse();
        assertThat(savedAfter(id, session -> session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(60))))
                .isTrue();
    }

    @Test
    void anyOtherChangeIsSavedAtOnce() {
        String id = storedSession();
        assertThat(savedAfter(id, session -> session.setAttribute("step-up", "pending"))).isTrue();
        assertThat(savedAfter(id, session -> session.removeAttribute("step-up"))).isTrue();
        assertThat(savedAfter(id, session -> session.setMaxInactiveInterval(Duration.ofHours(2)))).isTrue();
        assertThat(savedAfter(id, session -> session.getAttribute("anything"))).as("a read is not a change").isFalse();
        assertThat(savedAfter(id, QuietSession::changeSessionId)).as("a login's new id").isTrue();
    }

    @Test
    void lookupsByPrincipalAndDeletionsGoToTheDatabase() {
        String id = storedSession();
        Map<String, QuietSession<MapSession>> found = sessions.findByPrincipalName("admin@team.test");
        assertThat(found).containsOnlyKeys(id);
        found.get(id).setAttribute("seen", true);
        sessions.save(found.get(id));
        assertThat(stored.saved).containsExactly(id);
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    void withinARequestASessionIsReadFromTheDatabaseOnce() throws Exception {
        String id = storedSession();
        QuietSessionRepository.readOncePerRequest(() -> {
            QuietSession<MapSession> first = sessions.findById(id);
            first.setAttribute("step-up", "pending");
            assertThat(sessions.findById(id)).as("the filter's second read").isSameAs(first);
            assertThat(stored.reads).isEqualTo(1);
            first.changeSessionId();
            sessions.save(first);
            assertThat(sessions.findById(id)).as("the old id after a login's new one").isNull();
            sessions.deleteById(first.getId());
            assertThat(sessions.findById(first.getId())).as("a deleted session").isNull();
        });
        sessions.findById(id);
        sessions.findById(id);
        assertThat(stored.reads).as("outside a request every read goes to the database").isEqualTo(5);
    }

    private String storedSession() {
        MapSession session = new MapSession();
        session.setLastAccessedTime(Instant.parse("2026-12-02T10:00:00Z"));
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "admin@team.test");
        stored.sessions.put(session.getId(), session);
        return session.getId();
    }

    /** One request: the session read, changed, saved; whether the save reached the database. */
    private boolean savedAfter(String id, Consumer<QuietSession<MapSession>> change) {
        stored.saved.clear();
        QuietSession<MapSession> session = sessions.findById(id);
        change.accept(session);
        sessions.save(session);
        return !stored.saved.isEmpty();
    }

    /** The database's side: sessions by id, and which were saved. */
    private static final class Sessions implements FindByIndexNameSessionRepository<MapSession> {

        final Map<String, MapSession> sessions = new HashMap<>();
        final List<String> saved = new ArrayList<>();
        int reads;

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            saved.add(session.getId());
            sessions.remove(session.getOriginalId()); // a new id replaces the old one, as in the database
            sessions.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession session = sessions.get(id);
            return session == null ? null : new MapSession(session);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, MapSession> found = new HashMap<>();
            sessions.forEach((id, session) -> {
                if (indexValue.equals(session.getAttribute(PRINCIPAL_NAME_INDEX_NAME))) {
                    found.put(id, new MapSession(session));
                }
            });
            return found;
        }
    }
}

package com.mailindashboard.team;

import com.mailindashboard.secrets.SecretCipher;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teammates' sessions live in the database (Spring Session JDBC, tables from V8), so that every
 * dashboard on one PostgreSQL knows every login. A session holds values that carry secrets (a
 * temporary password shown once, a second factor being enrolled, recovery codes, the security
 * context), so each attribute is serialized and then encrypted with the {@link SecretCipher}
 * before it is written; a row read without the key is noise.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> encryptedSessionAttributes(SecretCipher cipher,
                                                                                         ResourceLoader loader) {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(new EncryptedAttributes(cipher, loader.getClassLoader()));
        return repository -> {
            repository.setConversionService(conversion);
            repository.setUpdateSessionQuery(UPDATE_UNLESS_ONLY_JUST_TOUCHED);
        };
    }

    /**
     * The session filter on Spring Session's repository without the save of a page that changed nothing but
     * its visit ({@link QuietSessionRepository}). Spring Boot builds the filter on the JDBC repository (and
     * backs off entirely when another session repository bean exists), so the filter is rebuilt here on the
     * quiet repository ({@link QuietSessionFilter}, which also reads a session once per request) with the same
     * cookie handling (Boot's {@link CookieSerializer}).
     */
    @Bean
    static BeanPostProcessor quietSessionFilter(ObjectProvider<JdbcIndexedSessionRepository> sessions,
                                                ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof SessionRepositoryFilter<?>)) {
                    return bean;
                }
                CookieSerializer cookie = cookies.getIfAvailable();
                if (cookie == null) {
                    return bean; // someone replaced Boot's cookie handling: leave their filter alone
                }
                CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
                ids.setCookieSerializer(cookie);
                SessionRepositoryFilter<?> quiet = new QuietSessionFilter<>(
                        new QuietSessionRepository<>(sessions.getObject(), TOUCH_EVERY));
                quiet.setHttpSessionIdResolver(ids);
                return quiet;
            }
        };
    }

    /**
     * Spring Session's statements in transactions of plain JDBC on the same data source, not JPA's: by default
     * Spring Session takes the application's only transaction manager, JPA's, which opens a Hibernate session
     * around every read of the session row (one per page; ~2.5% of a page's CPU). Same propagation as Spring
     * Session's own template (a new transaction each time), so nothing else changes.
     */
    @Bean
    static BeanPostProcessor sessionTransactionsOnJdbc(ObjectProvider<DataSource> dataSource) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                    TransactionTemplate transactions = new TransactionTemplate(
                            new JdbcTransactionManager(dataSource.getObject()));
                    transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                    configuration.setTransactionOperations(transactions);
                }
                return bean;
            }
        };
    }

    /**
     * How much later a page may come before its visit is written (the session's last access); until then a
     * page that changed nothing else in the session writes nothing, so a page costs no database write (and,
     * on PostgreSQL, no commit to wait for). A session may end up to this much before its idle timeout.
     */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /**
     * Spring Session's update of the session row, written only when something other than the last access
     * changed (a new id at login, the principal, the timeout) or the last access moved by {@link #TOUCH_EVERY}.
     * The values are bound in Spring Session's order (id, last access, timeout, expiry, principal, primary
     * id); a MERGE (H2, PostgreSQL 15 and later) lets the condition compare them with the stored row. The
     * attributes are written by their own statements, as before.
     */
    static final String UPDATE_UNLESS_ONLY_JUST_TOUCHED = """
            MERGE INTO %TABLE_NAME% S
            USING (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                          CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                          CAST(? AS VARCHAR(320)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            ON S.PRIMARY_ID = V.PRIMARY_ID
            WHEN MATCHED AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                              OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                              OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= TOUCH_EVERY_MILLIS)
            THEN UPDATE SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                            MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                            PRINCIPAL_NAME = V.PRINCIPAL_NAME
            """.replace("TOUCH_EVERY_MILLIS", Long.toString(TOUCH_EVERY.toMillis()));

    /** Object to encrypted bytes and back, as JdbcIndexedSessionRepository converts attribute values. */
    static final class EncryptedAttributes implements GenericConverter {

        private final SecretCipher cipher;
        private final SerializingConverter serializer = new SerializingConverter();
        private final DeserializingConverter deserializer;

        EncryptedAttributes(SecretCipher cipher, ClassLoader classLoader) {
            this.cipher = cipher;
            this.deserializer = new DeserializingConverter(classLoader);
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(Object.class, byte[].class), new ConvertiblePair(byte[].class, Object.class));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            // the repository asks for Object -> byte[] when it writes and byte[] -> Object when it reads
            if (targetType.getType() == byte[].class) {
                Object storable = source instanceof Serializable ? source : local.keep(source);
                return cipher.encryptBytes(serializer.convert(storable));
            }
            byte[] stored = (byte[]) source;
            Object known = recentlyRead.get(stored);
            if (known != null) {
                return RecentlyRead.fresh(known);
            }
            Object value = deserializer.convert(cipher.decryptBytes(stored));
            if (value instanceof KeptHere kept) {
                return local.take(kept);
            }
            recentlyRead.remember(stored, value);
            return RecentlyRead.fresh(value);
        }

        private final KeptValues local = new KeptValues(Duration.ofMinutes(10));
        private final RecentlyRead recentlyRead = new RecentlyRead(RecentlyRead.CAPACITY);
    }

    /**
     * The values every page reads from its session, remembered by their stored bytes so that the next page
     * with the same session neither decrypts nor deserializes them again (about a twentieth of a page's CPU):
     * the security context and the CSRF token. Stored bytes are never written twice (each encryption has its
     * own nonce), so the same bytes always mean the same value, and a changed value is new bytes. Only values
     * a page cannot change are kept: a CSRF token is immutable, and a security context is handed out as a new
     * context around the same authentication (a page may replace the authentication in its context, never
     * in the one remembered). The least recently read are forgotten beyond {@link #CAPACITY}.
     */
    static final class RecentlyRead {

        /** About one entry per signed-in teammate and value; a few kilobytes each. */
        static final int CAPACITY = 512;

        private record Stored(byte[] bytes) {

            @Override
            public boolean equals(Object other) {
                return other instanceof Stored that && Arrays.equals(bytes, that.bytes);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(bytes);
            }

            @Override
            public String toString() {
                return "Stored[" + bytes.length + " bytes]";
            }
        }

        private final Map<Stored, Object> values;

        RecentlyRead(int capacity) {
            this.values = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Stored, Object> eldest) {
                    return size() > capacity;
                }
            });
        }

        Object get(byte[] stored) {
            return values.get(new Stored(stored));
        }

        void remember(byte[] stored, Object value) {
            if (value instanceof SecurityContext || value instanceof CsrfToken) {
                values.put(new Stored(stored), value);
            }
        }

        int size() {
            return values.size();
        }

        /** What a reader may keep and change: a security context of its own, anything else as it is. */
        static Object fresh(Object value) {
            return value instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication()) : value;
        }
    }

    /**
     * A session value that cannot be serialized (Spring Security keeps a passkey ceremony's options,
     * which are not {@link Serializable}, in the session for the few seconds between the options and
     * the answer): the value stays in this instance's memory and the session row holds only its key.
     * With two instances the proxy must keep a teammate on one instance for a ceremony (the answer on
     * the other finds no options and the ceremony is refused; trying again works).
     */
    record KeptHere(String key) implements Serializable {
    }

    /** Values kept in memory for {@link KeptHere} keys, forgotten after a while. */
    static final class KeptValues {

        private record Kept(Object value, long until) {
        }

        private final Map<String, Kept> values = new ConcurrentHashMap<>();
        private final long ttlNanos;

        KeptValues(Duration ttl) {
            this.ttlNanos = ttl.toNanos();
        }

        KeptHere keep(Object value) {
            long now = System.nanoTime();
            values.values().removeIf(kept -> kept.until() - now < 0);
            String key = UUID.randomUUID().toString();
            values.put(key, new Kept(value, now + ttlNanos));
            return new KeptHere(key);
        }

        Object take(KeptHere kept) {
            Kept found = values.get(kept.key());
            return found == null || found.until() - System.nanoTime() < 0 ? null : found.value();
        }
    }
}

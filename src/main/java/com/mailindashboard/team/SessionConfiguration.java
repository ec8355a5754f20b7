package com.mailindashboard.team;

import com.mailindashboard.secrets.SecretCipher;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

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
        return repository -> repository.setConversionService(conversion);
    }

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
            Object value = deserializer.convert(cipher.decryptBytes((byte[]) source));
            return value instanceof KeptHere kept ? local.take(kept) : value;
        }

        private final KeptValues local = new KeptValues(Duration.ofMinutes(10));
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

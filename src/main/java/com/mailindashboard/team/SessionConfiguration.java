package com.mailindashboard.team;

import com.mailindashboard.secrets.SecretCipher;
import java.util.Set;
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
                return cipher.encryptBytes(serializer.convert(source));
            }
            return deserializer.convert(cipher.decryptBytes((byte[]) source));
        }
    }
}

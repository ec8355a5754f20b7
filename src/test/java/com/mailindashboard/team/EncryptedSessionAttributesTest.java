package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mailindashboard.secrets.SecretCipher;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class EncryptedSessionAttributesTest {

    private static final TypeDescriptor OBJECT = TypeDescriptor.valueOf(Object.class);
    private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

    private final SecretCipher cipher = new SecretCipher(new SecretKeySpec(randomBytes(32), "AES"));
    private final SessionConfiguration.EncryptedAttributes attributes =
            new SessionConfiguration.EncryptedAttributes(cipher, getClass().getClassLoader());

    @Test
    void aValueIsStoredEncryptedAndReadBack() {
        byte[] stored = write("recovery codes: 1234-5678");

        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("recovery codes");
        assertThat(read(stored)).isEqualTo("recovery codes: 1234-5678");
        assertThatThrownBy(() -> new SessionConfiguration.EncryptedAttributes(
                new SecretCipher(new SecretKeySpec(randomBytes(32), "AES")), getClass().getClassLoader())
                .convert(stored, BYTES, OBJECT)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theSecurityContextIsReadOnceAndEveryReaderGetsAContextOfItsOwn() {
        var authentication = UsernamePasswordAuthenticationToken.authenticated("ada@team.test", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        byte[] stored = write(new SecurityContextImpl(authentication));

        SecurityContext first = (SecurityContext) read(stored);
        SecurityContext second = (SecurityContext) read(stored);

        assertThat(first.getAuthentication().getName()).isEqualTo("ada@team.test");
        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication()); // deserialized once
        first.setAuthentication(null); // a sign-out on one page
        assertThat(((SecurityContext) read(stored)).getAuthentication().getName()).isEqualTo("ada@team.test");
    }

    @Test
    void theCsrfTokenIsReadOnceOtherValuesEveryTime() {
        byte[] token = write(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-value"));
        assertThat(read(token)).isSameAs(read(token));
        assertThat(((CsrfToken) read(token)).getToken()).isEqualTo("token-value");

        byte[] list = write(new ArrayList<>(List.of("flash")));
        Object firstList = read(list);
        assertThat(read(list)).isEqualTo(firstList).isNotSameAs(firstList); // mutable: never shared
    }

    @Test
    void aChangedValueIsNewBytesAndOnlyTheMostRecentlyReadAreKept() {
        byte[] once = write(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "same"));
        byte[] again = write(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "same"));
        assertThat(again).isNotEqualTo(once);

        var recent = new SessionConfiguration.RecentlyRead(2);
        recent.remember(once, read(once));
        recent.remember(again, read(again));
        recent.get(once); // read again: now the most recent
        byte[] third = write(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "third"));
        recent.remember(third, read(third));
        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.get(once)).isNotNull();
        assertThat(recent.get(again)).isNull();
        recent.remember(write("plain text"), "plain text");
        assertThat(recent.size()).isEqualTo(2);
    }

    private byte[] write(Object value) {
        return (byte[]) attributes.convert(value, OBJECT, BYTES);
    }

    private Object read(byte[] stored) {
        return attributes.convert(stored, BYTES, OBJECT);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}

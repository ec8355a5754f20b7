package com.mailindashboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The relying party resolved from dashboard.passkeys / dashboard.public-url, and where passkeys are offered. */
class PasskeySettingsTest {

    private static MockHttpServletRequest request(String scheme, String host) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setSecure("https".equals(scheme));
        request.setServerName(host);
        return request;
    }

    @Test
    void withoutSettingsTheRelyingPartyIsLocalhostOnTheServerPort() {
        PasskeySettings settings = PasskeySettings.resolve(new PasskeyProperties("", List.of(), "Mailin Dashboard"),
                "", 8080);
        assertThat(settings.rpId()).isEqualTo("localhost");
        assertThat(settings.allowedOrigins()).containsExactly("http://localhost:8080");
    }

    @Test
    void thePublicUrlGivesTheRelyingPartyAndOriginUnlessConfigured() {
        PasskeySettings fromUrl = PasskeySettings.resolve(new PasskeyProperties("", List.of(), "Mailin"),
                "https://Dashboard.Example.com:8443/", 8080);
        assertThat(fromUrl.rpId()).isEqualTo("dashboard.example.com");
        assertThat(fromUrl.allowedOrigins()).containsExactly("https://dashboard.example.com:8443");

        PasskeySettings configured = PasskeySettings.resolve(new PasskeyProperties("example.com",
                List.of("https://a.example.com/", "https://b.example.com"), "Mailin"), "https://a.example.com", 8080);
        assertThat(configured.rpId()).isEqualTo("example.com");
        assertThat(configured.allowedOrigins()).containsExactlyInAnyOrder("https://a.example.com", "https://b.example.com");
    }

    @Test
    void offeredOverHttpsOnTheRelyingPartysHostsOrOnLocalhostOnly() {
        PasskeySettings settings = PasskeySettings.resolve(new PasskeyProperties("example.com", List.of(), "Mailin"),
                "", 8080);
        assertThat(settings.availability(request("https", "example.com"))).isEqualTo(PasskeySettings.Availability.OFFERED);
        assertThat(settings.availability(request("https", "dash.example.com")))
                .isEqualTo(PasskeySettings.Availability.OFFERED);
        assertThat(settings.availability(request("http", "dash.example.com")))
                .isEqualTo(PasskeySettings.Availability.NOT_SECURE);
        assertThat(settings.availability(request("https", "notexample.com")))
                .isEqualTo(PasskeySettings.Availability.OTHER_HOST);

        PasskeySettings local = PasskeySettings.resolve(new PasskeyProperties("", List.of(), "Mailin"), "", 8080);
        assertThat(local.availability(request("http", "localhost"))).isEqualTo(PasskeySettings.Availability.OFFERED);
        assertThat(local.availability(request("http", "10.0.0.5"))).isEqualTo(PasskeySettings.Availability.NOT_SECURE);
    }
}

package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 7 item 11: forwarded headers are believed only from configured proxies, read from the right. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies("10.0.0.2, 172.18.0.0/16");

    @Test
    void noProxyIsTrustedByDefaultNotEvenLoopbackOrPrivateAddresses() {
        TrustedProxies none = new TrustedProxies("");
        assertThat(none.none()).isTrue();
        for (String remote : List.of("127.0.0.1", "10.0.0.2", "192.168.1.5", "::1")) {
            assertThat(none.clientAddress(remote, hops("203.0.113.9"))).isEqualTo(remote);
            assertThat(none.forwardedHttps(remote, "https")).isFalse();
        }
    }

    @Test
    void aClientThatIsNotAConfiguredProxyCannotChooseItsAddress() {
        assertThat(proxies.clientAddress("192.168.1.77", hops("203.0.113.9"))).isEqualTo("192.168.1.77");
        assertThat(proxies.clientAddress("10.0.0.3", hops("203.0.113.9"))).isEqualTo("10.0.0.3");
    }

    @Test
    void behindConfiguredProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        assertThat(proxies.clientAddress("10.0.0.2", hops("203.0.113.9"))).isEqualTo("203.0.113.9");
        // the client wrote the leftmost entry itself: never believed
        assertThat(proxies.clientAddress("10.0.0.2", hops("6.6.6.6, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.0.0.2", hops("6.6.6.6", "203.0.113.9, 172.18.0.4")))
                .isEqualTo("203.0.113.9");
        // garbage appended by a proxy: the proxy's own address stands
        assertThat(proxies.clientAddress("10.0.0.2", hops("evil.example"))).isEqualTo("10.0.0.2");
        assertThat(proxies.forwardedHttps("10.0.0.2", "http, https")).isTrue();
        assertThat(proxies.forwardedHttps("10.0.0.2", "http")).isFalse();
    }

    @Test
    void aMistypedProxyListStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new TrustedProxies("proxy.internal")).hasMessageContaining("DASHBOARD_TRUSTED_PROXIES");
    }

    private static java.util.Enumeration<String> hops(String... headers) {
        return Collections.enumeration(List.of(headers));
    }
}

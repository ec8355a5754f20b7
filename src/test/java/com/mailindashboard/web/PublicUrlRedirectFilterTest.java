package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Issue 7 item 22: absolute redirects use the configured public URL, never the Host the client sent. */
class PublicUrlRedirectFilterTest {

    private final MockHttpServletRequest request = hostHeader("evil.example");

    @Test
    void withAPublicUrlRedirectsGoThere() {
        PublicUrlRedirectFilter filter = new PublicUrlRedirectFilter("https://dash.example.com/");
        assertThat(filter.rewrite(request, "http://evil.example/jobs/4?x=1")).isEqualTo("https://dash.example.com/jobs/4?x=1");
        assertThat(filter.rewrite(request, "/login?error")).isEqualTo("https://dash.example.com/login?error");
        assertThat(filter.rewrite(request, "https://other.example/x")).isEqualTo("https://other.example/x");
    }

    @Test
    void withoutOneAbsoluteRedirectsFromTheHostBecomeRelative() {
        PublicUrlRedirectFilter filter = new PublicUrlRedirectFilter("");
        assertThat(filter.rewrite(request, "http://evil.example/jobs/4")).isEqualTo("/jobs/4");
        assertThat(filter.rewrite(request, "/login")).isEqualTo("/login");
    }

    @Test
    void aPublicUrlThatIsNotHttpStopsTheStart() {
        assertThatThrownBy(() -> new PublicUrlRedirectFilter("dash.example.com")).hasMessageContaining("DASHBOARD_PUBLIC_URL");
    }

    private static MockHttpServletRequest hostHeader(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setServerName(host);
        return request;
    }
}

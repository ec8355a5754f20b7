package com.mailindashboard.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.security.Principal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LayoutNoticesTest {

    private static final Principal ADA = () -> "ada@team.test";

    @Test
    void onlyAFullPageASignedInTeammateOpensShowsThem() {
        assertThat(LayoutNotices.shownOn(new MockHttpServletRequest("GET", "/domains"), ADA)).isTrue();

        assertThat(LayoutNotices.shownOn(new MockHttpServletRequest("GET", "/domains"), null)).as("anonymous").isFalse();
        assertThat(LayoutNotices.shownOn(new MockHttpServletRequest("POST", "/domains"), ADA)).as("a write").isFalse();
        MockHttpServletRequest fragment = new MockHttpServletRequest("GET", "/jobs/7/status");
        fragment.addHeader("HX-Request", "true");
        assertThat(LayoutNotices.shownOn(fragment, ADA)).as("an htmx fragment").isFalse();
        MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
        error.setDispatcherType(DispatcherType.ERROR);
        assertThat(LayoutNotices.shownOn(error, ADA)).as("an error dispatch").isFalse();
    }

    @Test
    void readOnlyWhenRenderedAndOnce() {
        AtomicInteger reads = new AtomicInteger();
        LayoutNotices<String> notices = new LayoutNotices<>(() -> "notices#" + reads.incrementAndGet());
        LayoutNotices<String> without = notices.map(value -> value + " without one");
        assertThat(reads).as("nothing read before the layout asks").hasValue(0);

        assertThat(without.getValue()).isEqualTo("notices#1 without one");
        assertThat(notices.getValue()).isEqualTo("notices#1");
        assertThat(reads).hasValue(1);
    }
}

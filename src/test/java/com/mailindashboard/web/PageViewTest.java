package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Where {@link PageView} reads a page's variables from: past the wrappers that only pass reads on. */
class PageViewTest {

    @Test
    void readsGoPastWrappersThatOnlyPassThemOn() {
        MockHttpServletRequest tomcat = new MockHttpServletRequest();
        HttpServletRequest wrapped = new HttpServletRequestWrapper(new HttpServletRequestWrapper(tomcat));

        assertThat(PageView.attributeReader(wrapped)).isSameAs(tomcat);
        assertThat(PageView.attributeReader(tomcat)).isSameAs(tomcat);
    }

    @Test
    void aWrapperThatAnswersReadsItselfStopsTheDescent() {
        MockHttpServletRequest tomcat = new MockHttpServletRequest();
        tomcat.setAttribute("jakarta.servlet.error.status_code", 500);
        HttpServletRequest dispatch = new HttpServletRequestWrapper(tomcat) {
            @Override
            public Object getAttribute(String name) {
                return name.startsWith("jakarta.servlet.error.") ? 404 : super.getAttribute(name);
            }
        };
        HttpServletRequest outer = new HttpServletRequestWrapper(new HttpServletRequestWrapper(dispatch));

        assertThat(PageView.attributeReader(outer)).isSameAs(dispatch);
        assertThat(PageView.attributeReader(outer).getAttribute("jakarta.servlet.error.status_code"))
                .isEqualTo(outer.getAttribute("jakarta.servlet.error.status_code")).isEqualTo(404);
    }

    @Test
    void aWrapperThatHandsOnAnotherRequestStopsTheDescent() {
        MockHttpServletRequest tomcat = new MockHttpServletRequest();
        MockHttpServletRequest other = new MockHttpServletRequest();
        HttpServletRequest swapping = new HttpServletRequestWrapper(tomcat) {
            @Override
            public jakarta.servlet.ServletRequest getRequest() {
                return other;
            }
        };

        assertThat(PageView.attributeReader(new HttpServletRequestWrapper(swapping))).isSameAs(swapping);
    }
}

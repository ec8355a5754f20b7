package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.mailindashboard.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Issue 12: our CSS/JS and the WebJars are linked by content-hashed URLs the browser keeps a year,
 * and only they: the links a page writes to other pages are not looked up as resources (that lookup,
 * a miss in every jar, was the largest cost of rendering a page).
 */
@IntegrationTest
@AutoConfigureMockMvc
class StaticAssetsTest {

    private static final Pattern APP_CSS = Pattern.compile("href=\"(/assets/css/app-[0-9a-f]{32}\\.css)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void pagesLinkOurAssetsByContentHashAndTheyAreCachedForAYear() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher css = APP_CSS.matcher(login);
        assertThat(css.find()).as("the login page links app.css by its content hash").isTrue();

        MockHttpServletResponse asset = mvc.perform(get(css.group(1))).andReturn().getResponse();

        assertThat(asset.getStatus()).isEqualTo(200);
        assertThat(asset.getContentAsString()).contains(".w-pct-100 {");
        assertThat(asset.getHeader("Cache-Control")).contains("max-age=31536000", "public");
    }

    @Test
    void onlyAssetPathsAreResolvedAsResources() {
        assertThat(resourceUrls.getForLookupPath("/assets/js/app.js")).matches("/assets/js/app-[0-9a-f]{32}\\.js");
        assertThat(resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js"))
                .startsWith("/webjars/htmx.org/").endsWith(".js");
        assertThat(resourceUrls.getHandlerMap().keySet()).extracting(Object::toString)
                .containsExactlyInAnyOrder("/assets/**", "/webjars/**");
        assertThat(resourceUrls.getForLookupPath("/domains/17")).isNull();
    }
}

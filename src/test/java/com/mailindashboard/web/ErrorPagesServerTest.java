package com.mailindashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mailindashboard.support.PostgresDatabaseInitializer;
import com.mailindashboard.support.RealServerClient;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Issue 7 item 17, on a real Tomcat: every error status gets the dashboard's own page (never
 * Spring's "Whitelabel" page nor Tomcat's), and an upload over the limit gets a page saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
class ErrorPagesServerTest {

    @LocalServerPort
    int port;

    private RealServerClient client;

    @BeforeEach
    void logIn() {
        client = new RealServerClient(port).login("admin@team.test", "Quiet-Lantern-Fjord-82");
    }

    @Test
    void badRequestsAndWrongMethodsGetTheDashboardsPage() {
        assertDashboardPage(client.get("/domains/99999999999999999999"), 400);
        assertDashboardPage(client.get("/jobs/abc"), 400);
        assertDashboardPage(client.post("/domains", Map.of("name", "x.com")), 405);
        assertDashboardPage(client.get("/no-such-page"), 404);
    }

    @Test
    void everyPageRendersThroughThePageView(@Autowired ThymeleafViewResolver resolver) throws Exception {
        assertThat(resolver.resolveViewName("domains/list", Locale.ENGLISH)).isInstanceOf(PageView.class);
        assertThat(resolver.resolveViewName("error/404", Locale.ENGLISH)).isInstanceOf(PageView.class);
    }

    @Test
    void anUploadOverTheLimitGetsAPageSayingSo() {
        HttpResponse<String> response = client.upload("/mailboxes/new", "file", 35L * 1024 * 1024);

        assertDashboardPage(response, 413);
        assertThat(response.body()).contains("Upload too large", "Files up to 30 MB are accepted");
    }

    private static void assertDashboardPage(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Whitelabel", "Apache Tomcat", "Exception")
                .contains("data-test=\"error-" + status + "\"", "Back to the overview");
    }
}

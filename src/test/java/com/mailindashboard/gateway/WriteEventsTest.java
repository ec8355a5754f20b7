package com.mailindashboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The gateway tells the rest of the application about each write through an event, not by calling the audit log. */
class WriteEventsTest {

    private final List<Object> published = new ArrayList<>();
    private final WriteEvents events = new WriteEvents(published::add);

    @Test
    void aWriteThatSucceededIsPublishedWithItsFieldsInOrderAndItsJobId() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("password", "Quiet-Lantern-Fjord-82");
        body.put("names", List.of("a.example", "b.example"));
        body.put("nested", Map.of("token", "t"));
        MailinRequest request = MailinRequest.to(MailinOperation.M6).path("mailbox_id", 42).json(body);
        JsonNode answer = LenientJson.mapper().readTree("{\"message\":\"queued\",\"uuid\":\"job-1\"}");

        events.afterWrite(request, new MailinResponse(MailinOperation.M6, 200, answer, null), null);

        assertThat(published).singleElement().isInstanceOfSatisfying(MailinWriteEvent.class, event -> {
            assertThat(event.operation()).isEqualTo(MailinOperation.M6);
            assertThat(event.outcome()).isEqualTo(MailinWriteEvent.Outcome.SUCCEEDED);
            assertThat(event.status()).isEqualTo(200);
            assertThat(event.target()).isEqualTo(42);
            assertThat(event.jobId()).isEqualTo("job-1");
            assertThat(event.message()).isEqualTo("queued");
            assertThat(event.fields()).containsExactly(Map.entry("mailbox_id", "42"),
                    Map.entry("password", "Quiet-Lantern-Fjord-82"),
                    Map.entry("names", "[\"a.example\",\"b.example\"]"), Map.entry("nested", "{…}"));
            assertThat(event.toString()).doesNotContain("Quiet-Lantern-Fjord-82");
        });
    }

    @Test
    void aWriteWhoseAnswerWasLostIsPublishedAsUnknownWithTheFailuresMessage() {
        MailinRequest request = MailinRequest.to(MailinOperation.M7).path("mailbox_id", 7);
        MailinException lost = new MailinUnavailableException(MailinOperation.M7, 502, null, true, "bad gateway", null);

        events.afterWrite(request, null, lost);

        assertThat(published).singleElement().isInstanceOfSatisfying(MailinWriteEvent.class, event -> {
            assertThat(event.outcome()).isEqualTo(MailinWriteEvent.Outcome.UNKNOWN);
            assertThat(event.status()).isEqualTo(502);
            assertThat(event.message()).isEqualTo("bad gateway");
            assertThat(event.jobId()).isNull();
        });
    }

    @Test
    void aFailingListenerNeverHidesTheWritesResult() {
        WriteEvents failing = new WriteEvents(event -> {
            throw new IllegalStateException("audit down");
        });
        assertThatCode(() -> failing.afterWrite(MailinRequest.to(MailinOperation.M7).path("mailbox_id", 7), null,
                new MailinUnavailableException(MailinOperation.M7, 500, null, false, "down", null)))
                .doesNotThrowAnyException();
    }
}

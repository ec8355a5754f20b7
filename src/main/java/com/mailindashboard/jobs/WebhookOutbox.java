package com.mailindashboard.jobs;

import com.mailindashboard.text.Texts;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a webhook notification in the same transaction as the job change that causes it, so a
 * job's end is never lost and never blocks on the receiver; {@link WebhookSender} delivers it.
 */
@Component
public class WebhookOutbox {

    private final WebhookDeliveryRepository deliveries;
    private final JobsProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final MessageSource messages;

    WebhookOutbox(WebhookDeliveryRepository deliveries, JobsProperties properties, JsonMapper json, Clock clock,
                  MessageSource messages) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
    }

    void enqueue(Job job) {
        if (properties.webhookUrl() == null) {
            return;
        }
        String event = job.getStatus().name().toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text(job));
        body.put("event", "job." + event);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("id", job.getId());
        detail.put("kind", job.getKind().name());
        detail.put("status", job.getStatus().name());
        detail.put("subjects", job.getSubjects());
        detail.put("results", job.getResults());
        detail.put("report", report(job));
        detail.put("started_by", job.getStartedBy());
        detail.put("upstream_ref", job.getUpstreamRef());
        body.put("job", detail);
        deliveries.save(new WebhookDelivery(job.getId(), event, Texts.fit(json.writeValueAsString(body), 4000),
                clock.instant()));
    }

    /**
     * Queues a notification that is about no job (e.g. {@code approval_requested}), in the caller's
     * transaction: {@code {"text": ..., "event": ..., <object>: detail}}.
     */
    public void enqueueEvent(String event, String text, String object, Map<String, Object> detail) {
        if (properties.webhookUrl() == null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("event", event.replace('_', '.'));
        body.put(object, detail);
        deliveries.save(new WebhookDelivery(null, event, Texts.fit(json.writeValueAsString(body), 4000),
                clock.instant()));
    }

    List<WebhookDelivery> forJob(long jobId) {
        return deliveries.findByJobIdOrderByIdAsc(jobId);
    }

    /** The report in words (receivers get the server's default language). */
    private String report(Job job) {
        return JobText.render(job.getLastReport(), messages, Locale.getDefault());
    }

    private String text(Job job) {
        List<String> subjects = job.getSubjects();
        String what = subjects.isEmpty() ? "" : " for " + (subjects.size() <= 3 ? String.join(", ", subjects)
                : subjects.size() + " items");
        return "Mailin Dashboard: job #" + job.getId() + " (" + job.getKind().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + what + ") is " + job.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + (job.getLastReport() == null ? "" : ": " + report(job));
    }
}

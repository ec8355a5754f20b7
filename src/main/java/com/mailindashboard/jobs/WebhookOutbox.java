package com.mailindashboard.jobs;

import com.mailindashboard.text.Texts;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a webhook notification in the same transaction as the job change that causes it, so a
 * job's end is never lost and never blocks on the receiver; {@link WebhookSender} delivers it.
 */
@Component
class WebhookOutbox {

    private final WebhookDeliveryRepository deliveries;
    private final JobsProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(WebhookDeliveryRepository deliveries, JobsProperties properties, JsonMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
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
        detail.put("report", job.getLastReport());
        detail.put("started_by", job.getStartedBy());
        detail.put("upstream_ref", job.getUpstreamRef());
        body.put("job", detail);
        deliveries.save(new WebhookDelivery(job.getId(), event, Texts.fit(json.writeValueAsString(body), 4000),
                clock.instant()));
    }

    List<WebhookDelivery> forJob(long jobId) {
        return deliveries.findByJobIdOrderByIdAsc(jobId);
    }

    private static String text(Job job) {
        List<String> subjects = job.getSubjects();
        String what = subjects.isEmpty() ? "" : " for " + (subjects.size() <= 3 ? String.join(", ", subjects)
                : subjects.size() + " items");
        return "Mailin Dashboard: job #" + job.getId() + " (" + job.getKind().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + what + ") is " + job.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + (job.getLastReport() == null ? "" : ": " + job.getLastReport());
    }
}

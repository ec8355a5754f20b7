package com.mailindashboard.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import tools.jackson.databind.JsonNode;

/**
 * Publishes a {@link MailinWriteEvent} for every gateway write: operation, outcome, upstream
 * status, message and job id (the audit log listens; the gateway knows nothing of it).
 */
class WriteEvents implements MailinWriteListener {

    private static final Logger log = LoggerFactory.getLogger(WriteEvents.class);

    private final ApplicationEventPublisher publisher;

    WriteEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void afterWrite(MailinRequest request, MailinResponse response, MailinException failure) {
        MailinOperation op = request.operation();
        MailinWriteEvent.Outcome outcome = failure == null ? MailinWriteEvent.Outcome.SUCCEEDED
                : failure instanceof MailinUnavailableException u && u.outcomeUnknown() ? MailinWriteEvent.Outcome.UNKNOWN
                : MailinWriteEvent.Outcome.FAILED;
        Integer status = response != null ? Integer.valueOf(response.status()) : failure.status();
        String message = response != null ? response.message()
                : failure.upstreamMessage() != null ? failure.upstreamMessage() : failure.getMessage();
        String jobId = response != null ? response.jobReference() : null;
        Object target = request.pathVariables().values().stream().findFirst().orElse(null);
        try {
            publisher.publishEvent(new MailinWriteEvent(op, outcome, status, message, jobId, target, fields(request)));
        } catch (RuntimeException e) {
            // the upstream call already happened; never hide its result behind a listener's failure
            log.error("A listener failed on the write {} ({}): {}", op, outcome, e.toString());
        }
    }

    /** Path variables and top-level body fields as text; nested values and files only by size or name. */
    static Map<String, String> fields(MailinRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.pathVariables().forEach((name, value) -> fields.put(name, String.valueOf(value)));
        if (request.jsonBody() != null) {
            JsonNode body = LenientJson.mapper().valueToTree(request.jsonBody());
            if (body.isObject()) {
                body.properties().forEach(e -> fields.put(e.getKey(), describe(e.getValue())));
            }
        }
        if (request.multipartBody() != null) {
            request.multipartBody().forEach((name, parts) -> fields.put(name, parts.size() == 1
                    ? describePart(parts.get(0)) : "[" + parts.size() + " parts]"));
        }
        return fields;
    }

    /** A text part by its value, a file part by its file name; never the content. */
    private static String describePart(Object part) {
        Object body = part instanceof HttpEntity<?> entity ? entity.getBody() : part;
        if (body instanceof CharSequence text) {
            return text.length() > 200 ? "[" + text.length() + " characters]" : text.toString();
        }
        if (body instanceof Resource resource) {
            return "[file " + resource.getFilename() + "]";
        }
        return "[part]";
    }

    /** Scalars as they are; nested values only by size, so no nested secret reaches the log. */
    private static String describe(JsonNode value) {
        if (value.isValueNode()) {
            return value.asString();
        }
        if (value.isArray() && value.size() <= 10 && StreamSupport
                .stream(value.spliterator(), false).allMatch(JsonNode::isValueNode)) {
            return value.toString();
        }
        return value.isArray() ? "[" + value.size() + " items]" : "{…}";
    }
}

package com.mailindashboard.gateway;

import com.mailindashboard.audit.AuditEntry;
import com.mailindashboard.audit.AuditLog;
import com.mailindashboard.audit.AuditOutcome;
import com.mailindashboard.audit.SecretRedaction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Writes one audit event for every gateway write: operation, outcome, upstream status, message and job id. */
class AuditingWriteListener implements MailinWriteListener {

    private static final Logger log = LoggerFactory.getLogger(AuditingWriteListener.class);

    private final AuditLog auditLog;

    AuditingWriteListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void afterWrite(MailinRequest request, MailinResponse response, MailinException failure) {
        MailinOperation op = request.operation();
        AuditOutcome outcome = failure == null ? AuditOutcome.SUCCESS
                : failure instanceof MailinUnavailableException u && u.outcomeUnknown() ? AuditOutcome.UNKNOWN
                : AuditOutcome.FAILURE;
        Integer status = response != null ? Integer.valueOf(response.status()) : failure.status();
        String message = response != null ? response.message()
                : failure.upstreamMessage() != null ? failure.upstreamMessage() : failure.getMessage();
        String jobId = response != null ? response.jobReference() : null;
        Object target = request.pathVariables().values().stream().findFirst().orElse(null);
        AuditEntry entry = AuditEntry.of("mailin." + op.key(), outcome)
                .target("mailin:" + op.name(), target, null)
                .summary(summary(request))
                .upstream(status, message, jobId);
        try {
            auditLog.record(entry);
        } catch (RuntimeException e) {
            // the upstream call already happened; never hide its result behind an audit failure
            log.error("Could not audit {} ({}): {}", op, outcome, e.toString());
        }
    }

    static String summary(MailinRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>(request.pathVariables());
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
        return SecretRedaction.summarize(fields);
    }

    /** A text part by its value, a file part by its file name; never the content. */
    private static String describePart(Object part) {
        Object body = part instanceof org.springframework.http.HttpEntity<?> entity ? entity.getBody() : part;
        if (body instanceof CharSequence text) {
            return text.length() > 200 ? "[" + text.length() + " characters]" : text.toString();
        }
        if (body instanceof org.springframework.core.io.Resource resource) {
            return "[file " + resource.getFilename() + "]";
        }
        return "[part]";
    }

    /** Scalars as they are; nested values only by size, so no nested secret reaches the log. */
    private static String describe(JsonNode value) {
        if (value.isValueNode()) {
            return value.asString();
        }
        if (value.isArray() && value.size() <= 10 && java.util.stream.StreamSupport
                .stream(value.spliterator(), false).allMatch(JsonNode::isValueNode)) {
            return value.toString();
        }
        return value.isArray() ? "[" + value.size() + " items]" : "{…}";
    }
}

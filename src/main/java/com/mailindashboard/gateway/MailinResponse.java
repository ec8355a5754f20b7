package com.mailindashboard.gateway;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * A successful (2xx) answer: its status, its body as a tree when it is JSON (after the tolerant
 * repairs), and the raw text. Typed views are read from the tree.
 */
record MailinResponse(MailinOperation operation, int status, JsonNode json, String raw) {

    /** 210: Mailin accepted the request and works on it asynchronously. */
    public boolean accepted() {
        return status == 210;
    }

    public <T> T as(Class<T> type) {
        return LenientJson.convert(requireJson(), type);
    }

    private JsonNode requireJson() {
        if (json == null || json.isNull()) {
            throw new MailinUnavailableException(operation, status, truncatedRaw(), false,
                    operation + " answered " + status + " with a body that is not JSON", null);
        }
        return json;
    }

    public <T> List<T> asList(Class<T> elementType) {
        JsonNode list = json != null && json.isObject() && json.has("data") ? json.get("data") : json;
        JavaType type = LenientJson.mapper().getTypeFactory().constructCollectionType(List.class, elementType);
        if (list == null || list.isNull()) {
            return new ArrayList<>();
        }
        return LenientJson.convert(list, type);
    }

    public <T> MailinPage<T> asPage(Class<T> elementType) {
        JavaType type = LenientJson.mapper().getTypeFactory().constructParametricType(MailinPage.class, elementType);
        return LenientJson.convert(requireJson(), type);
    }

    /**
     * Mailin's message: the {@code message} member when the body is JSON, otherwise the raw
     * text (a 2xx whose body does not parse is still a success).
     */
    public String message() {
        if (json != null && json.isObject() && json.hasNonNull("message")) {
            return json.get("message").asString();
        }
        return json == null ? truncatedRaw() : null;
    }

    /** The upstream job reference when the body carries one: uuid, task_id or domain_id. */
    public String jobReference() {
        if (json == null || !json.isObject()) {
            return null;
        }
        for (String field : List.of("uuid", "task_id", "domain_id")) {
            if (json.hasNonNull(field)) {
                return json.get(field).asString();
            }
        }
        return null;
    }

    public MailinMessage asMessage() {
        return new MailinMessage(message(), status);
    }

    private String truncatedRaw() {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}

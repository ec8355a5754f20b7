package com.mailindashboard.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One call to a catalog operation: path variables, query parameters and a JSON body or
 * multipart parts. Built by the resource clients; only the gateway sees it.
 */
final class MailinRequest {

    private final MailinOperation operation;
    private final Map<String, Object> pathVariables = new LinkedHashMap<>();
    private final MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    private Object jsonBody;
    private MultiValueMap<String, ?> multipart;

    private MailinRequest(MailinOperation operation) {
        this.operation = operation;
    }

    public static MailinRequest to(MailinOperation operation) {
        return new MailinRequest(operation);
    }

    public MailinRequest path(String name, Object value) {
        pathVariables.put(name, value);
        return this;
    }

    /** Adds a query parameter; a null or blank value is left out. */
    public MailinRequest query(String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            query.add(name, String.valueOf(value));
        }
        return this;
    }

    public MailinRequest page(PageRequest page) {
        if (page != null) {
            query("page", page.page()).query("per_page", page.perPage()).query("name", page.name());
        }
        return this;
    }

    public MailinRequest json(Object body) {
        this.jsonBody = body;
        return this;
    }

    public MailinRequest multipart(MultiValueMap<String, ?> parts) {
        this.multipart = parts;
        return this;
    }

    public MailinOperation operation() {
        return operation;
    }

    Map<String, Object> pathVariables() {
        return pathVariables;
    }

    MultiValueMap<String, String> queryParams() {
        return query;
    }

    Object jsonBody() {
        return jsonBody;
    }

    MultiValueMap<String, ?> multipartBody() {
        return multipart;
    }
}

package com.mailindashboard.overview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the jobs list filtered ({@code /jobs?kind=&status=&who=&from=&to=}), values strictly encoded. */
final class JobLinks {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    private JobLinks() {
    }

    static JobLinks jobs() {
        return new JobLinks();
    }

    JobLinks kind(Enum<?> kind) {
        return put("kind", kind == null ? null : kind.name());
    }

    JobLinks status(String status) {
        return put("status", status);
    }

    JobLinks who(String who) {
        return put("who", who);
    }

    JobLinks from(LocalDate from) {
        return put("from", from == null ? null : from.toString());
    }

    JobLinks to(LocalDate to) {
        return put("to", to == null ? null : to.toString());
    }

    String url() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/jobs");
        parameters.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        return builder.encode().buildAndExpand(parameters).toUriString();
    }

    private JobLinks put(String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
        return this;
    }
}

package com.mailindashboard.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@link MailinProperties} bound as at start (the record's defaults) from a few {@code mailin.*} settings. */
public final class MailinSettings {

    private MailinSettings() {
    }

    /** {@code keysAndValues}: setting names below {@code mailin.} and their values, e.g. {@code "retry.max-retries", "1"}. */
    public static MailinProperties bind(String... keysAndValues) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put("mailin." + keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("mailin", MailinProperties.class);
    }
}

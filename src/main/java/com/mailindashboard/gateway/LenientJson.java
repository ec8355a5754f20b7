package com.mailindashboard.gateway;

import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mailin's JSON, read tolerantly. The mapper accepts single quotes, trailing commas and unquoted
 * names; when a body still does not parse, a few repairs are tried for the documented quirks
 * (PHP {@code =>} arrays, a missing comma between two members, an unquoted UUID value, an array
 * elided as {@code [...]}).
 * A body that resists all of that yields {@code null}: the caller keeps the raw text.
 */
final class LenientJson {

    private static final Pattern PHP_ARROW = Pattern.compile("(['\"])\\s*=>\\s*");
    private static final Pattern MISSING_COMMA =
            Pattern.compile("(\"|\\d|true|false|null|]|})(\\s*\\n\\s*)(\")");
    private static final Pattern BARE_TOKEN =
            Pattern.compile("(:\\s*)([0-9A-Za-z][0-9A-Za-z]*(?:-[0-9A-Za-z]+)+)(\\s*[,}\\]\\n])");
    private static final Pattern ELIDED_ARRAY = Pattern.compile("\\[\\s*\\.\\.\\.\\s*]");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private LenientJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The body as a tree, or null when it is empty or not JSON even after repairs. */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String text = body.strip();
        JsonNode node = tryParse(text);
        if (node != null) {
            return node;
        }
        String repaired = PHP_ARROW.matcher(text).replaceAll("$1: ");
        repaired = MISSING_COMMA.matcher(repaired).replaceAll("$1,$2$3");
        repaired = BARE_TOKEN.matcher(repaired).replaceAll("$1\"$2\"$3");
        repaired = ELIDED_ARRAY.matcher(repaired).replaceAll("[]");
        return tryParse(repaired);
    }

    private static JsonNode tryParse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JacksonException e) {
            return null;
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        return MAPPER.treeToValue(node, type);
    }

    public static <T> T convert(JsonNode node, JavaType type) {
        return MAPPER.treeToValue(node, type);
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}

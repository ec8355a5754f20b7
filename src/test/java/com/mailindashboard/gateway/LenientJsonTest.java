package com.mailindashboard.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The documented body quirks are read, not rejected. */
class LenientJsonTest {

    @Test
    void phpArraySyntax() {
        JsonNode node = LenientJson.parse("{ 'message' => 'Mailbox name has been updated.' }");
        assertThat(node.get("message").asString()).isEqualTo("Mailbox name has been updated.");
    }

    @Test
    void trailingComma() {
        assertThat(LenientJson.parse("{\"message\": \"Done.\",}").get("message").asString()).isEqualTo("Done.");
    }

    @Test
    void missingCommaBetweenMembers() {
        JsonNode node = LenientJson.parse("""
                {
                "message": "Your request has been received and will be processed as soon as possible."
                "uuid" : "5d297ac4-1bf4-4f3c-935c-ec9df38d63b3"
                }""");
        assertThat(node.get("uuid").asString()).isEqualTo("5d297ac4-1bf4-4f3c-935c-ec9df38d63b3");
    }

    @Test
    void unquotedUuid() {
        JsonNode node = LenientJson.parse("""
                {
                "id": 5d297ac4-1bf4-4f3c-935c-ec9df38d63b3,
                "status": "completed"
                }""");
        assertThat(node.get("id").asString()).isEqualTo("5d297ac4-1bf4-4f3c-935c-ec9df38d63b3");
        assertThat(node.get("status").asString()).isEqualTo("completed");
    }

    @Test
    void elidedArray() {
        JsonNode node = LenientJson.parse("{\"links\": [...],\n\"total\": 25}");
        assertThat(node.get("links").isEmpty()).isTrue();
        assertThat(node.get("total").asInt()).isEqualTo(25);
    }

    @Test
    void plainTextIsNotJson() {
        assertThat(LenientJson.parse("Mailbox deleted")).isNull();
        assertThat(LenientJson.parse("")).isNull();
    }

    @Test
    void aSuccessWithAnUnreadableBodyKeepsTheRawTextAsItsMessage() {
        MailinResponse response = MailinHttp.interpret(MailinOperation.M7, 200, LenientJson.parse("OK <b>done</b>"),
                "OK <b>done</b>");
        assertThat(response.message()).isEqualTo("OK <b>done</b>");
    }

    @Test
    void numbersAndStringsAreInterchangeable() {
        record Limits(String rateLimit, Long id, String status) {
        }
        Limits limits = LenientJson.convert(LenientJson.parse("{\"rate_limit\": 50, \"id\": \"12\", \"status\": 1}"),
                Limits.class);
        assertThat(limits).isEqualTo(new Limits("50", 12L, "1"));
    }
}

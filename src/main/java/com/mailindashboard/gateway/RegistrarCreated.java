package com.mailindashboard.gateway;

/** R1's answer: Mailin's message and the new registrar's id. */
public record RegistrarCreated(String message, Long id) {
}

package com.mailindashboard.team;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Passkeys (WebAuthn) as a second factor ({@code dashboard.passkeys.*}, issue 13).
 *
 * @param rpId           the relying-party id (a host name, no scheme or port); empty: the host of
 *                       {@code dashboard.public-url}, else {@code localhost}
 * @param allowedOrigins the origins a passkey ceremony may come from; empty: the origin of
 *                       {@code dashboard.public-url}, else {@code http://localhost:<server.port>}
 * @param rpName         the name the browser shows when a passkey is created
 */
@Validated
@ConfigurationProperties("dashboard.passkeys")
public record PasskeyProperties(@DefaultValue("") String rpId, @DefaultValue List<String> allowedOrigins,
                                @DefaultValue("Mailin Dashboard") @NotBlank String rpName) {
}

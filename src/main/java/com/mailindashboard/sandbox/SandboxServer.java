package com.mailindashboard.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A virtual machine server of S1/S2; {@code active} is 1 or 0 as Mailin sends it. */
record SandboxServer(
        @JsonProperty("id") long id,
        @JsonProperty("public_ip") String publicIp,
        @JsonProperty("hostname") String hostname,
        @JsonProperty("state") String state,
        @JsonProperty("active") int active,
        @JsonProperty("server_type") String serverType) {
}

package com.mailindashboard.gateway;

/** Body {@code {forward_to}} of Z7. */
record AzureOrderRedirectRequest(String forwardTo) {
}

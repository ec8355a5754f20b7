package com.mailindashboard.gateway;

/** Body {@code {provider_id}} of Z8. */
record AzureOrderProviderRequest(long providerId) {
}

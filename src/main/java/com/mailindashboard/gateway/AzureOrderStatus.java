package com.mailindashboard.gateway;

/** Z4's {@code data}: an order is done when its status is {@code ready}, in progress otherwise. */
public record AzureOrderStatus(Long id, String status) {

    public boolean ready() {
        return "ready".equalsIgnoreCase(status);
    }
}

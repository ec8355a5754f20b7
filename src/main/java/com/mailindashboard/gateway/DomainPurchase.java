package com.mailindashboard.gateway;

/**
 * A purchase Mailin accepted (D6, D8, G2, G3: 210): its message and the {@code uuid} of the job to
 * follow with D10. A body that does not parse is still an accepted purchase: the raw text becomes
 * the message and the uuid is unknown.
 */
public record DomainPurchase(String message, String uuid, int status) {

    static DomainPurchase from(MailinResponse response) {
        return new DomainPurchase(response.message(), response.jobReference(), response.status());
    }
}

package com.mailindashboard.gateway;

/** Told about every write the gateway sends, whatever its outcome ({@link WriteEvents} publishes it). */
@FunctionalInterface
interface MailinWriteListener {

    /**
     * @param response the answer when the call succeeded, else null
     * @param failure  the failure when it did not, else null
     */
    void afterWrite(MailinRequest request, MailinResponse response, MailinException failure);
}

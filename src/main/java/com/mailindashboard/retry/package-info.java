/**
 * One backoff policy ({@link com.mailindashboard.retry.Backoff}) for everything that tries again: the gateway's
 * read retries, the job poller's polls and the webhook deliveries. Depends on nothing else.
 */
@ApplicationModule(allowedDependencies = {})
package com.mailindashboard.retry;

import org.springframework.modulith.ApplicationModule;

/**
 * The only code that knows Mailin's URLs, JSON and HTTP client. Depends on no feature module.
 */
@ApplicationModule(allowedDependencies = {"retry"})
package com.mailindashboard.gateway;

import org.springframework.modulith.ApplicationModule;

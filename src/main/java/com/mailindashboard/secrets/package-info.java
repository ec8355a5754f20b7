/**
 * Encryption at rest and its key. A foundation module: it depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package com.mailindashboard.secrets;

import org.springframework.modulith.ApplicationModule;

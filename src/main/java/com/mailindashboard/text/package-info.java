/**
 * Fitting and listing stored text. A foundation module: it depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package com.mailindashboard.text;

import org.springframework.modulith.ApplicationModule;

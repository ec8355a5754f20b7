/**
 * The in-process Mailin simulator. It stands alone: the gateway talks HTTP to it exactly as to
 * Mailin, so it depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package com.mailindashboard.sandbox;

import org.springframework.modulith.ApplicationModule;

/**
 * Reading and writing CSV for every upload and export. A foundation module: it depends on no other
 * module.
 */
@ApplicationModule(allowedDependencies = {})
package com.mailindashboard.csv;

import org.springframework.modulith.ApplicationModule;

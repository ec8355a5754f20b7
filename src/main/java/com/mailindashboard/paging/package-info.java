/**
 * Reading page and size parameters forgivingly. A foundation module: it depends on no other
 * module.
 */
@ApplicationModule(allowedDependencies = {})
package com.mailindashboard.paging;

import org.springframework.modulith.ApplicationModule;

/**
 * The append-only audit log. A foundation module: besides the CSV, paging and text helpers it
 * depends on no other module.
 */
@ApplicationModule(allowedDependencies = {"csv", "paging", "text", "gateway"})
package com.mailindashboard.audit;

import org.springframework.modulith.ApplicationModule;

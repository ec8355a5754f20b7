/**
 * What the layout shows on every page (active jobs, requests waiting for approval, a teammate's notices),
 * remembered for a short time ({@link com.mailindashboard.notices.RecentAnswers}) so that a page does not
 * query for it each time. Depends on nothing else.
 */
@ApplicationModule(allowedDependencies = {})
package com.mailindashboard.notices;

import org.springframework.modulith.ApplicationModule;

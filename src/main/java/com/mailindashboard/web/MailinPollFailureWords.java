package com.mailindashboard.web;

import com.mailindashboard.jobs.PollFailureWords;
import org.springframework.stereotype.Component;

/** A failed poll in the words of {@link MailinProblem#pollFailed}: one definition for every job kind. */
@Component
class MailinPollFailureWords implements PollFailureWords {

    @Override
    public String describe(RuntimeException e) {
        return MailinProblem.pollFailed(e);
    }
}

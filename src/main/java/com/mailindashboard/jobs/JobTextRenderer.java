package com.mailindashboard.jobs;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Pages show stored job texts through this bean: {@code ${@jobText.render(job.lastReport)}}. */
@Component("jobText")
public class JobTextRenderer {

    private final MessageSource messages;

    JobTextRenderer(MessageSource messages) {
        this.messages = messages;
    }

    public String render(String stored) {
        return JobText.render(stored, messages, LocaleContextHolder.getLocale());
    }
}

package com.mailindashboard.web;

import com.mailindashboard.gateway.MailinException;
import com.mailindashboard.gateway.MailinNotFoundException;
import com.mailindashboard.gateway.MailinUnavailableException;
import com.mailindashboard.gateway.MailinValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose Mailin call failed shows what happened and what to do, never a stack trace:
 * 404 as "not found or not yours", credentials and configuration problems with a link to settings,
 * the rest as "Mailin is unavailable". Pages that can do better catch the exception themselves.
 */
@ControllerAdvice
class MailinProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(MailinProblemAdvice.class);

    private final MessageSource messages;

    MailinProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MailinException.class)
    ModelAndView mailinFailed(MailinException e, HttpServletRequest request, Locale locale) {
        log.info("Page shows Mailin problem {} for {}", e.outcome(), e.operation());
        ModelAndView page = new ModelAndView("error/mailin");
        page.addObject("problem", MailinProblem.of(e));
        if (e instanceof MailinUnavailableException unavailable && unavailable.tooSlow()
                && HttpMethod.GET.matches(request.getMethod())) {
            // the same page again: Mailin may answer in time now
            String query = request.getQueryString();
            page.addObject("retryUrl", request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        if (e instanceof MailinNotFoundException) {
            listOf(request.getRequestURI().substring(request.getContextPath().length())).ifPresent(list -> {
                page.addObject("backUrl", list);
                page.addObject("backLabel", messages.getMessage("error.back-to-list" + list.replace('/', '.'), null,
                        messages.getMessage("error.back-to-list", null, locale), locale));
            });
        }
        page.setStatus(status(e));
        return page;
    }

    /**
     * The list a missing item was looked for from: the path before its id ({@code /domains} of
     * {@code /domains/67/forward}); empty when the path names no id.
     */
    static Optional<String> listOf(String path) {
        String[] segments = path.split("/");
        StringBuilder list = new StringBuilder();
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit) || segment.startsWith("-")) {
                return list.isEmpty() ? Optional.empty() : Optional.of(list.toString());
            }
            list.append('/').append(segment);
        }
        return Optional.empty();
    }

    private static HttpStatus status(MailinException e) {
        if (e instanceof MailinNotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof MailinValidationException) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        if (e instanceof MailinUnavailableException unavailable && unavailable.tooSlow()) {
            return HttpStatus.GATEWAY_TIMEOUT;
        }
        return HttpStatus.BAD_GATEWAY;
    }
}

package com.mailindashboard.web;

import com.mailindashboard.audit.CorrelationIdFilter;
import java.util.Map;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Error pages quote the request's correlation id, so a teammate can find the matching log lines. */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    private final String uploadLimit;

    ErrorPageAttributes(MultipartProperties multipart) {
        DataSize maxFileSize = multipart.getMaxFileSize();
        this.uploadLimit = maxFileSize.toMegabytes() > 0 ? maxFileSize.toMegabytes() + " MB"
                : maxFileSize.toKilobytes() + " KB";
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object id = request.getAttribute(CorrelationIdFilter.MDC_KEY, RequestAttributes.SCOPE_REQUEST);
        if (id != null) {
            attributes.put("correlationId", id);
        }
        attributes.put("uploadLimit", uploadLimit);
        return attributes;
    }
}

package com.mailindashboard.paging;

import java.util.Iterator;
import org.springframework.stereotype.Component;

/**
 * Lists show their last page when the URL asks for a page past it ({@code page=999}); the pager
 * says so through this bean: {@code ${@pastLastPage.asked(param.page, pageCount)}}.
 */
@Component("pastLastPage")
public class PastLastPage {

    /** The page the URL asked for when it is past {@code pageCount}, else null. */
    public Integer asked(Object pageParameter, int pageCount) {
        Object value = pageParameter;
        if (value instanceof Object[] values) {
            value = values.length == 0 ? null : values[0];
        } else if (value instanceof Iterable<?> values) { // Thymeleaf's request parameter values
            Iterator<?> first = values.iterator();
            value = first.hasNext() ? first.next() : null;
        }
        if (value == null) {
            return null;
        }
        int asked = PageParams.page(String.valueOf(value));
        return asked > pageCount ? asked : null;
    }
}

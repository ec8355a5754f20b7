package com.mailindashboard.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A Thymeleaf view whose variable reads skip the request wrappers that only pass them on (issue 12).
 *
 * <p>Thymeleaf keeps a page's model and its global variables as request attributes and reads one on
 * every expression that names it; by the time a page renders, the request is wrapped by Spring
 * Security's firewall, header writer and servlet API wrappers, Spring Session's wrapper and the
 * resource chain's, and each read went through all of them to Tomcat's request (about 7% of the CPU of
 * {@code /domains} under load). Here a read goes straight to the deepest request reached through
 * wrappers that do not change {@code getAttribute}, which is the same answer by construction: a wrapper
 * that does change it (Tomcat's for an error or forward dispatch, any future one) stops the descent.
 * Writes, removals and everything else go through the wrappers as before.
 */
public class PageView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        ServletRequest reader = attributeReader(request);
        super.render(model, reader == request ? request : new DirectAttributeReads(request, reader), response);
    }

    /** The deepest request whose {@code getAttribute} answers as {@code request}'s does. */
    static ServletRequest attributeReader(ServletRequest request) {
        ServletRequest reader = request;
        while (reader instanceof ServletRequestWrapper wrapper && PASSES_READS_ON.get(wrapper.getClass())) {
            reader = wrapper.getRequest();
        }
        return reader;
    }

    /** Whether a wrapper class leaves {@code getAttribute} and {@code getRequest} as {@link ServletRequestWrapper} has them. */
    private static final ClassValue<Boolean> PASSES_READS_ON = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("getAttribute", String.class).getDeclaringClass() == ServletRequestWrapper.class
                        && type.getMethod("getRequest").getDeclaringClass() == ServletRequestWrapper.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    private static final class DirectAttributeReads extends HttpServletRequestWrapper {

        private final ServletRequest reader;

        DirectAttributeReads(HttpServletRequest request, ServletRequest reader) {
            super(request);
            this.reader = reader;
        }

        @Override
        public Object getAttribute(String name) {
            return reader.getAttribute(name);
        }
    }
}

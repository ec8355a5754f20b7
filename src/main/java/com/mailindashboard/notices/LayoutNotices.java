package com.mailindashboard.notices;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpMethod;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Something the layout shows on every full page (a count in the navigation, a teammate's notices), read only
 * when a page actually renders it: a redirect or a download reads nothing.
 */
public final class LayoutNotices<T> extends LazyContextVariable<T> {

    private final Supplier<T> load;

    public LayoutNotices(Supplier<T> load) {
        this.load = load;
    }

    /**
     * Whether the request is a full page a signed-in teammate opens: a GET, not an htmx fragment, not an
     * error dispatch. Only those show the layout's counts and notices.
     */
    public static boolean shownOn(HttpServletRequest request, Principal teammate) {
        return teammate != null && HttpMethod.GET.matches(request.getMethod())
                && request.getDispatcherType() == DispatcherType.REQUEST && request.getHeader("HX-Request") == null;
    }

    /** The same notices changed by {@code change} once read (for example without the one the page itself shows). */
    public LayoutNotices<T> map(UnaryOperator<T> change) {
        return new LayoutNotices<>(() -> change.apply(getValue()));
    }

    @Override
    protected T loadValue() {
        return load.get();
    }
}

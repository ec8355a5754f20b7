package com.mailindashboard.team;

import com.mailindashboard.team.QuietSessionRepository.QuietSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session's filter on the {@link QuietSessionRepository}, each request inside
 * {@link QuietSessionRepository#readOncePerRequest}: the filter saves the session when the response commits and
 * again when it ends, re-reading it in between; here that second read answers the session already read.
 */
final class QuietSessionFilter<S extends Session> extends SessionRepositoryFilter<QuietSession<S>> {

    QuietSessionFilter(QuietSessionRepository<S> sessions) {
        super(sessions);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        QuietSessionRepository.readOncePerRequest(() -> super.doFilterInternal(request, response, chain));
    }
}

package com.mailindashboard.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A teammate signed in as a form login leaves them: their authorities and the password factor,
 * proven just now (issue 13: secrets, settings and the team need a recent proof).
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor justNow(UserDetails teammate) {
        List<GrantedAuthority> authorities = new ArrayList<>(teammate.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(teammate, null, authorities));
    }
}

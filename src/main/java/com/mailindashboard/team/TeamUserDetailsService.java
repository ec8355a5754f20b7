package com.mailindashboard.team;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TeamUserDetailsService implements UserDetailsService {

    private final TeamUserRepository users;

    TeamUserDetailsService(TeamUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByEmail(TeamUser.normalize(username))
                .map(TeamUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such teammate"));
    }
}

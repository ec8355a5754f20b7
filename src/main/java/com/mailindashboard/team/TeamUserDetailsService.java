package com.mailindashboard.team;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TeamUserDetailsService implements UserDetailsService {

    private final TeamUserRepository users;
    private final Passkeys passkeys;

    TeamUserDetailsService(TeamUserRepository users, Passkeys passkeys) {
        this.users = users;
        this.passkeys = passkeys;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByEmail(TeamUser.normalize(username))
                .map(user -> new TeamUserDetails(user, passkeys.any(user.getEmail())))
                .orElseThrow(() -> new UsernameNotFoundException("No such teammate"));
    }
}

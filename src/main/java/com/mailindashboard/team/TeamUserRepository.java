package com.mailindashboard.team;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamUserRepository extends JpaRepository<TeamUser, Long> {

    Optional<TeamUser> findByEmail(String email);

    boolean existsByEmail(String email);

    List<TeamUser> findAllByOrderByEmailAsc();

    long countByRoleAndEnabledTrue(Role role);
}

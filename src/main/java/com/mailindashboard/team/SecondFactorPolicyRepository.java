package com.mailindashboard.team;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondFactorPolicyRepository extends JpaRepository<SecondFactorPolicy, Integer> {
}

package com.mailindashboard.approvals;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalPolicyRepository extends JpaRepository<ApprovalPolicy, Long> {
}

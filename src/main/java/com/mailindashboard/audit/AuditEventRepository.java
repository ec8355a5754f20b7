package com.mailindashboard.audit;

import org.springframework.data.repository.Repository;

/** Append and read only: deliberately no update or delete methods (searches: {@link AuditSearch}). */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);
}

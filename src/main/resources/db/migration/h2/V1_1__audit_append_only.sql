-- H2 (the embedded default) has no procedural triggers without Java classes; the application
-- has no update or delete path for audit_event. PostgreSQL gets a rejecting trigger (same version).
select 1;

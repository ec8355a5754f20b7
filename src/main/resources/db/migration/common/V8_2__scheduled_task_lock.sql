-- Scheduled maintenance runs once among the dashboards on one database: ShedLock keeps one row per
-- task here (jobs.MaintenanceLocks). ShedLock's own schema; the times come from the database's clock.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until TIMESTAMP NOT NULL,
    locked_at TIMESTAMP NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

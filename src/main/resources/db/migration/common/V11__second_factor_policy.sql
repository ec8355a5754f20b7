-- Issue 13: which roles must have a second factor (set by an admin on /settings); one row
create table second_factor_policy (
    id               integer      not null primary key,
    require_admin    boolean      not null,
    require_operator boolean      not null,
    require_viewer   boolean      not null,
    updated_at       timestamp with time zone,
    updated_by       varchar(320)
);
insert into second_factor_policy (id, require_admin, require_operator, require_viewer) values (1, false, false, false);

-- Mailbox exports run as background jobs. The file is written encrypted (a per-export key, itself
-- encrypted by SecretCipher) to the data directory, kept for a short time, then deleted.
create table mailbox_export (
    id                     varchar(36)   primary key,
    state                  varchar(20)   not null,
    format                 varchar(20)   not null,
    provider               varchar(10)   not null,
    domain                 varchar(253),
    status_filter          varchar(10)   not null,
    include_passwords      boolean       not null,
    ids                    varchar(20000),
    file_name              varchar(200)  not null,
    file_key_enc           varchar(400)  not null,
    rows_written           bigint        not null,
    pages_read             integer       not null,
    pages_total            integer,
    app_passwords_missing  integer       not null,
    problem                varchar(2000),
    requested_by           varchar(320)  not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    finished_at            timestamp with time zone,
    expires_at             timestamp with time zone
);
create index ix_mailbox_export_state on mailbox_export (state, updated_at);
create index ix_mailbox_export_requested_by on mailbox_export (requested_by, created_at);

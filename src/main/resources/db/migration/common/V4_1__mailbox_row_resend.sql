-- A row not created that may be sent again as it is: its chunk was refused for other rows' errors,
-- Mailin answered with an error, or reconciliation settled it as never created.
alter table mailbox_dry_run_row add column resendable boolean default false not null;

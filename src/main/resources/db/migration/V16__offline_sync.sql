-- Attempts taken on a device without a connection and sent later (POST /learn/sync). The device
-- names each attempt with its own id (a UUID); an attempt is stored once per student and id, even
-- when two tabs send it at the same moment: the second insert fails on the constraint and is
-- answered "already received".
alter table quiz_attempt add column client_id varchar(36);
alter table quiz_attempt add column received_at timestamp with time zone;
alter table quiz_attempt add constraint quiz_attempt_client_unique unique (account_id, client_id);

-- When a student's device last sent what it kept offline, for the teacher's class page.
create table offline_sync (
    account_id  bigint not null primary key,
    synced_at   timestamp with time zone not null,
    constraint offline_sync_account foreign key (account_id) references account (id)
);

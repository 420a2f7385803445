-- What administrators and teachers did: who, what, to whom, when. Rows are only ever added.
create sequence audit_event_seq start with 50 increment by 50;

create table audit_event (
    id          bigint        not null primary key,
    at          timestamp with time zone not null,
    actor       varchar(40)   not null,
    action      varchar(40)   not null,
    subject     varchar(200)  not null,
    detail      varchar(500)
);

create index audit_event_by_time on audit_event (at);

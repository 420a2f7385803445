-- Accounts: students, teachers and administrators. Students have no e-mail: a username is enough.
-- EclipseLink allocates ids [n-49, n] from each value n, so the first value must be 50.
create sequence account_seq start with 50 increment by 50;

create table account (
    id             bigint       not null primary key,
    username       varchar(40)  not null,
    display_name   varchar(100) not null,
    role           varchar(16)  not null,
    password_hash  varchar(255) not null,
    language       varchar(8),
    active         boolean      not null,
    created_at     timestamp with time zone not null,
    last_login_at  timestamp with time zone,
    version        bigint       not null,
    constraint account_username_unique unique (username),
    constraint account_role_known check (role in ('STUDENT', 'TEACHER', 'ADMIN'))
);

-- Failed logins per username (known or not, so that throttling reveals nothing about which
-- accounts exist). Kept in the database so that every clustered instance sees the same count.
create table login_failure (
    username          varchar(40) not null primary key,
    failures          integer     not null,
    last_failure_at   timestamp with time zone not null
);

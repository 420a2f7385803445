-- Browsers a person has logged in on with their password (OWASP's "device cookies"). The browser
-- keeps a random 256-bit token in a cookie; the server keeps only its SHA-256, so this table holds
-- nothing a browser could send. Failed logins from such a browser count here, against that browser
-- alone; every other browser shares the username's row in login_failure. A classmate guessing a
-- password from their own phone therefore blocks only browsers the owner has never logged in on.
create table login_device (
    token_hash        varchar(64) not null primary key,
    username          varchar(40) not null,
    issued_at         timestamp with time zone not null,
    failures          integer     not null,
    last_failure_at   timestamp with time zone
);

create index login_device_by_username on login_device (username);
create index login_device_by_last_failure on login_device (last_failure_at);
create index login_failure_by_last_failure on login_failure (last_failure_at);

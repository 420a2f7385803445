-- Signing in with a school's accounts (OpenID Connect): the identity providers an administrator
-- connects (Google Workspace / belajar.id, Microsoft 365, a district's Keycloak), each with the
-- e-mail domains it vouches for (comma-separated, lower case). The client secret is needed in clear
-- to redeem codes at the provider; it is never shown back on a page.
create sequence sign_in_provider_seq start with 50 increment by 50;

create table sign_in_provider (
    id             bigint        not null primary key,
    name           varchar(60)   not null,
    issuer         varchar(255)  not null,
    client_id      varchar(255)  not null,
    client_secret  varchar(500)  not null,
    domains        varchar(500)  not null,
    created_at     timestamp with time zone not null,
    version        bigint        not null,
    constraint sign_in_provider_issuer_unique unique (issuer, client_id)
);

-- The school address a person signs in with (lower case). Nobody gets in through a provider unless
-- an administrator or teacher recorded this address on their account first.
alter table account add column email varchar(254);
create unique index account_by_email on account (email);

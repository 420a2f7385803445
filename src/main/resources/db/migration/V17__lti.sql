-- LTI 1.3: Saring as a tool inside a school's LMS (Moodle, Canvas, any LTI 1.3 platform).

-- A platform an administrator registered: who it is (issuer, the client id it gave Saring, one
-- deployment), and where its keys, its login (OpenID Connect authorization) and its token endpoint are.
create sequence lti_platform_seq start with 50 increment by 50;

create table lti_platform (
    id             bigint        not null primary key,
    name           varchar(60)   not null,
    issuer         varchar(255)  not null,
    client_id      varchar(255)  not null,
    deployment_id  varchar(255)  not null,
    jwks_url       varchar(500)  not null,
    auth_url       varchar(500)  not null,
    token_url      varchar(500)  not null,
    created_at     timestamp with time zone not null,
    version        bigint        not null,
    constraint lti_platform_unique unique (issuer, client_id, deployment_id)
);

-- Saring's own signing key (RSA, as a private JWK): deep-linking answers and token requests are
-- signed with it, and platforms read its public half at /lti/jwks. Made once, on first need.
create table lti_tool_key (
    kid         varchar(64)   not null primary key,
    private_jwk varchar(8000) not null,
    created_at  timestamp with time zone not null
);

-- A login that a platform started and whose launch has not come back yet: the state and nonce Saring
-- sent. A launch consumes its row, so a state (and the nonce in it) is good for one launch only.
create table lti_login_state (
    state       varchar(64)   not null primary key,
    nonce       varchar(64)   not null,
    platform_id bigint        not null references lti_platform (id) on delete cascade,
    created_at  timestamp with time zone not null
);

create index lti_login_state_by_time on lti_login_state (created_at);

-- Whom a platform's user id ("sub") is in Saring.
create table lti_user (
    platform_id bigint        not null references lti_platform (id) on delete cascade,
    subject     varchar(255)  not null,
    account_id  bigint        not null references account (id) on delete cascade,
    primary key (platform_id, subject)
);

create index lti_user_by_account on lti_user (account_id);

-- An LMS course (the launch's context) and the Saring class its people are placed in.
create sequence lti_context_seq start with 50 increment by 50;

create table lti_context (
    id          bigint        not null primary key,
    platform_id bigint        not null references lti_platform (id) on delete cascade,
    context_id  varchar(255)  not null,
    title       varchar(255),
    class_id    bigint,
    version     bigint        not null,
    constraint lti_context_unique unique (platform_id, context_id)
);

-- Where a student's score for one module's quiz goes: the gradebook column (AGS line item) of the
-- activity they launched, kept from their newest launch of it.
create sequence lti_grade_link_seq start with 50 increment by 50;

create table lti_grade_link (
    id           bigint        not null primary key,
    platform_id  bigint        not null references lti_platform (id) on delete cascade,
    account_id   bigint        not null references account (id) on delete cascade,
    subject      varchar(255)  not null,
    course_id    varchar(100)  not null,
    quiz_id      varchar(100)  not null,
    lineitem_url varchar(1000) not null,
    updated_at   timestamp with time zone not null,
    version      bigint        not null,
    constraint lti_grade_link_unique unique (platform_id, account_id, course_id, quiz_id)
);

create index lti_grade_link_by_quiz on lti_grade_link (account_id, course_id, quiz_id);

-- Scores waiting to be sent to a gradebook, and those sent: a score is written here in the same
-- transaction as the submitted attempt, so none is lost when the LMS is down; sending is retried.
create sequence lti_score_seq start with 50 increment by 50;

create table lti_score (
    id            bigint        not null primary key,
    link_id       bigint        not null references lti_grade_link (id) on delete cascade,
    attempt_id    bigint        not null,
    score_given   double precision not null,
    score_maximum double precision not null,
    submitted_at  timestamp with time zone not null,
    sent_at       timestamp with time zone,
    tries         integer       not null,
    next_try_at   timestamp with time zone not null,
    last_error    varchar(500),
    constraint lti_score_once unique (link_id, attempt_id)
);

create index lti_score_pending on lti_score (sent_at, next_try_at);

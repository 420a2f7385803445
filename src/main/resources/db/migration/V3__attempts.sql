-- Quiz attempts and their answers. Every answer is stored the moment it is given; an attempt
-- keeps the course version it was started on, so a new version never changes it.
create sequence attempt_seq start with 50 increment by 50;

create table quiz_attempt (
    id              bigint       not null primary key,
    account_id      bigint       not null,
    course_id       varchar(64)  not null,
    course_version  integer      not null,
    quiz_id         varchar(64)  not null,
    number          integer      not null,
    question_order  varchar(4000) not null,
    seed            bigint       not null,
    started_at      timestamp with time zone not null,
    deadline        timestamp with time zone,
    submitted_at    timestamp with time zone,
    score           double precision,
    version         bigint       not null,
    constraint quiz_attempt_account foreign key (account_id) references account (id),
    constraint quiz_attempt_number_unique unique (account_id, course_id, quiz_id, number)
);

create index quiz_attempt_by_quiz on quiz_attempt (course_id, quiz_id);

-- sequence: the device's count of saves for this question. A retried save carries the same
-- number and is stored once; a late, older save never overwrites a newer one.
create table attempt_answer (
    attempt_id   bigint        not null,
    question_id  varchar(64)   not null,
    response     varchar(8000) not null,
    sequence     integer       not null,
    saved_at     timestamp with time zone not null,
    checked      boolean       not null,
    fraction     double precision,
    constraint attempt_answer_pk primary key (attempt_id, question_id),
    constraint attempt_answer_attempt foreign key (attempt_id) references quiz_attempt (id)
);

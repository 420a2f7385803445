-- What a student has read. Progress, completion and mastery are computed from this and from
-- quiz attempts, never stored a second time.
create table lesson_read (
    account_id  bigint       not null,
    course_id   varchar(64)  not null,
    lesson_id   varchar(64)  not null,
    read_at     timestamp with time zone not null,
    constraint lesson_read_pk primary key (account_id, course_id, lesson_id),
    constraint lesson_read_account foreign key (account_id) references account (id)
);

-- Certificates of completed courses. The code is what a school or parent types to verify one.
create table certificate (
    code            varchar(16)  not null primary key,
    account_id      bigint       not null,
    course_id       varchar(64)  not null,
    course_version  integer      not null,
    student_name    varchar(100) not null,
    course_title    varchar(300) not null,
    issued_at       timestamp with time zone not null,
    constraint certificate_account foreign key (account_id) references account (id),
    constraint certificate_once unique (account_id, course_id)
);

-- Published courses. A version holds the exact files it was read from (a zip), so every version
-- can be shown again exactly as it was, and is never changed once written.
-- ${bytes} is blob on H2 and bytea on PostgreSQL (see Migrations).
create table course (
    id               varchar(64) not null primary key,
    published        boolean     not null,
    current_version  integer     not null,
    created_at       timestamp with time zone not null,
    version          bigint      not null
);

create table course_version (
    course_id     varchar(64)  not null,
    number        integer      not null,
    checksum      varchar(64)  not null,
    files         ${bytes}     not null,
    tags          ${bytes}     not null,
    source        varchar(16)  not null,
    published_by  varchar(40)  not null,
    published_at  timestamp with time zone not null,
    constraint course_version_pk primary key (course_id, number),
    constraint course_version_course foreign key (course_id) references course (id),
    constraint course_version_source_known check (source in ('FOLDER', 'UPLOAD'))
);

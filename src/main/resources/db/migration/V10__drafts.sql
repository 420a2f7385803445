-- Drafts written in the browser. A draft is a copy of a course's files that only its editors see:
-- students keep getting the published version until the draft is published as a new version (with
-- source EDITOR). Each file is a row of its own, so saving one lesson writes one row, and its
-- revision tells whether someone else saved that file since the editor loaded it.
-- A version may also be an older one restored (RESTORE), as a new version with its files.
-- Numbered 10 to leave 9 to work that was under way at the same time.
create table course_draft (
    course_id     varchar(64)  not null primary key,
    base_version  integer      not null,
    started_by    varchar(40)  not null,
    started_at    timestamp with time zone not null,
    constraint course_draft_course foreign key (course_id) references course (id)
);

create table course_draft_file (
    course_id     varchar(64)  not null,
    path          varchar(255) not null,
    content       ${bytes}     not null,
    revision      integer      not null,
    changed_by    varchar(40)  not null,
    changed_at    timestamp with time zone not null,
    constraint course_draft_file_pk primary key (course_id, path),
    constraint course_draft_file_draft foreign key (course_id) references course_draft (course_id)
);

alter table course_version drop constraint course_version_source_known;
alter table course_version add constraint course_version_source_known
    check (source in ('FOLDER', 'UPLOAD', 'EDITOR', 'RESTORE'));

-- Who writes what. A course a teacher writes in the browser has that teacher as its owner; courses
-- from the courses folder or an upload have none. Visibility OWNER: only its owner sees it and may
-- assign it to their own classes; SCHOOL: every teacher may assign it. Only an administrator makes
-- an owned course school-wide (and back), and the audit trail keeps each change. A course without
-- an owner is always SCHOOL. A teacher's new course has a row before its first version (version 0,
-- not published), so its draft has a course to belong to.
-- Numbered 12 while other work was under way at the same time: the lead may renumber it.
alter table course add column owner_id bigint;
alter table course add column visibility varchar(8) default 'SCHOOL' not null;
alter table course add constraint course_owner foreign key (owner_id) references account (id);
alter table course add constraint course_visibility_known check (visibility in ('OWNER', 'SCHOOL'));
alter table course add constraint course_visibility_owned check (owner_id is not null or visibility = 'SCHOOL');

create index course_by_owner on course (owner_id);

-- Exam day: a teacher opens a test for the class at the moment they choose ("Open now"), or
-- holds it closed again (opened by mistake). A held assignment is closed whatever its opening
-- date says, until the teacher opens it. Students whose class has a module's test that is not
-- open cannot start that module's quiz; the waiting page finds their assignments by student.
alter table assignment add column held boolean default false not null;

create index class_member_by_account on class_member (account_id);

-- Whole-school rosters and the school year. A student imported from the school's roster (Dapodik)
-- keeps the school's own number for them (NIPD), and nothing else from it: next year's roster
-- finds them by it and moves them to their new class. One number per student within a school.
alter table account add column school_number varchar(30);
create unique index account_by_school_number on account (school_id, school_number);

-- A class of a closed school year: kept, read-only, its reports still readable and exportable.
alter table school_class add column archived_at timestamp with time zone;

-- Schools. An administrator creates them and their teachers; accounts a teacher creates (roster
-- imports) belong to the teacher's school. Accounts from before schools existed have none.
create sequence school_seq start with 50 increment by 50;

create table school (
    id          bigint       not null primary key,
    name        varchar(120) not null,
    city        varchar(80)  not null,
    created_at  timestamp with time zone not null,
    version     bigint       not null,
    constraint school_name_unique unique (name, city)
);

alter table account add column school_id bigint;
alter table account add constraint account_school foreign key (school_id) references school (id);

-- Work a teacher gives a class: a whole course or one module, open from one moment, due at
-- another. With rows in assignment_student it is for those students only; without, for the class.
create sequence assignment_seq start with 50 increment by 50;

create table assignment (
    id          bigint       not null primary key,
    class_id    bigint       not null,
    course_id   varchar(64)  not null,
    module_id   varchar(64),
    opens_at    timestamp with time zone not null,
    due_at      timestamp with time zone not null,
    created_at  timestamp with time zone not null,
    version     bigint       not null,
    constraint assignment_class foreign key (class_id) references school_class (id),
    constraint assignment_dates check (due_at > opens_at)
);

create index assignment_by_class on assignment (class_id);

create table assignment_student (
    assignment_id  bigint not null,
    account_id     bigint not null,
    constraint assignment_student_pk primary key (assignment_id, account_id),
    constraint assignment_student_assignment foreign key (assignment_id) references assignment (id),
    constraint assignment_student_account foreign key (account_id) references account (id)
);

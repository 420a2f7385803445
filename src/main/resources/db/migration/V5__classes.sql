-- Classes a teacher runs, and the students in them. Students join with a short code.
create sequence school_class_seq start with 50 increment by 50;

create table school_class (
    id           bigint       not null primary key,
    teacher_id   bigint       not null,
    name         varchar(80)  not null,
    grade        varchar(10)  not null,
    school_year  varchar(9)   not null,
    join_code    varchar(8)   not null,
    created_at   timestamp with time zone not null,
    version      bigint       not null,
    constraint school_class_teacher foreign key (teacher_id) references account (id),
    constraint school_class_code_unique unique (join_code)
);

create table class_member (
    class_id    bigint not null,
    account_id  bigint not null,
    joined_at   timestamp with time zone not null,
    constraint class_member_pk primary key (class_id, account_id),
    constraint class_member_class foreign key (class_id) references school_class (id),
    constraint class_member_account foreign key (account_id) references account (id)
);

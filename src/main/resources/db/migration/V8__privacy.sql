-- A guardian's consent to Saring holding a student's data (UU PDP No. 27/2022 art. 25: a child's
-- data needs the consent of a parent or guardian). The school collects it, usually on a signed
-- paper form; Saring records who gave it, how and when, and who noted it. One row per student:
-- recording again replaces it, withdrawing deletes it (the audit trail keeps both actions).
-- recorded_by is a username, like audit_event.actor: the record stays readable if that account goes.
create table guardian_consent (
    account_id     bigint       not null primary key,
    guardian_name  varchar(100) not null,
    relation       varchar(16)  not null,
    method         varchar(16)  not null,
    given_on       date         not null,
    recorded_by    varchar(40)  not null,
    recorded_at    timestamp with time zone not null,
    constraint guardian_consent_account foreign key (account_id) references account (id),
    constraint guardian_consent_relation_known check (relation in ('MOTHER', 'FATHER', 'GUARDIAN')),
    constraint guardian_consent_method_known check (method in ('PAPER_FORM', 'IN_PERSON', 'WRITTEN_MESSAGE'))
);

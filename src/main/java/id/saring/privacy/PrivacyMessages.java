package id.saring.privacy;

import id.saring.infrastructure.i18n.MessageKeys;
import id.saring.privacy.entity.GuardianConsent;

/**
 * What recording guardians' consent says, and the words for who gave it and how; why a student's
 * data cannot be exported or erased, and how its erasure reads in the audit trail.
 */
@MessageKeys
public final class PrivacyMessages {

    public static final String CONSENT_CLASS_NOT_FOUND = "consent.classNotFound";
    public static final String CONSENT_DATE_IN_FUTURE = "consent.dateInFuture";
    public static final String CONSENT_DATE_REQUIRED = "consent.dateRequired";
    public static final String CONSENT_DATE_TOO_EARLY = "consent.dateTooEarly";
    public static final String CONSENT_GIVEN = "consent.given";
    public static final String CONSENT_METHOD_REQUIRED = "consent.methodRequired";
    public static final String CONSENT_MISSING = "consent.missing";
    public static final String CONSENT_NAME_REQUIRED = "consent.nameRequired";
    public static final String CONSENT_NAME_TOO_LONG = "consent.nameTooLong";
    public static final String CONSENT_NO_SUCH_STUDENT = "consent.noSuchStudent";
    public static final String CONSENT_NONE = "consent.none";
    public static final String CONSENT_RELATION_REQUIRED = "consent.relationRequired";
    public static final String PRIVACY_AUDIT_ERASED_DETAIL = "privacy.audit.erasedDetail";
    public static final String PRIVACY_AUDIT_ERASED_SUBJECT = "privacy.audit.erasedSubject";
    public static final String PRIVACY_ERASE_CONFIRM_MISMATCH = "privacy.erase.confirmMismatch";
    public static final String PRIVACY_ERASED = "privacy.erased";
    public static final String PRIVACY_NOT_FOUND = "privacy.notFound";
    public static final String PRIVACY_NOT_STUDENT = "privacy.notStudent";
    public static final String CONSENT_RELATION_MOTHER = "consent.relation.MOTHER";
    public static final String CONSENT_RELATION_FATHER = "consent.relation.FATHER";
    public static final String CONSENT_RELATION_GUARDIAN = "consent.relation.GUARDIAN";
    public static final String CONSENT_METHOD_PAPER_FORM = "consent.method.PAPER_FORM";
    public static final String CONSENT_METHOD_IN_PERSON = "consent.method.IN_PERSON";
    public static final String CONSENT_METHOD_WRITTEN_MESSAGE = "consent.method.WRITTEN_MESSAGE";

    private PrivacyMessages() {}

    public static String relation(GuardianConsent.Relation relation) {
        return switch (relation) {
            case MOTHER -> CONSENT_RELATION_MOTHER;
            case FATHER -> CONSENT_RELATION_FATHER;
            case GUARDIAN -> CONSENT_RELATION_GUARDIAN;
        };
    }

    public static String method(GuardianConsent.Method method) {
        return switch (method) {
            case PAPER_FORM -> CONSENT_METHOD_PAPER_FORM;
            case IN_PERSON -> CONSENT_METHOD_IN_PERSON;
            case WRITTEN_MESSAGE -> CONSENT_METHOD_WRITTEN_MESSAGE;
        };
    }
}

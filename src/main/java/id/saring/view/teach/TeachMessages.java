package id.saring.view.teach;

import id.saring.infrastructure.i18n.MessageKeys;

/**
 * What the teacher's pages say after creating a class, assigning, recording consent and changing a
 * roster, and the words of their report charts and course choices.
 */
@MessageKeys
public final class TeachMessages {

    public static final String ADDRESS_LINKED = "teach.address.linked";
    public static final String ADDRESS_UNLINKED = "teach.address.unlinked";

    public static final String ASSIGNMENT_CLOSED_AGAIN = "assignment.closedAgain";
    public static final String ASSIGNMENT_CREATED = "assignment.created";
    public static final String ASSIGNMENT_OPENED = "assignment.opened";
    public static final String ASSIGNMENT_REMOVED = "assignment.removed";
    public static final String ASSIGNMENT_STATE_HELD = "assignment.state.held";
    public static final String ASSIGNMENT_STATE_OPEN = "assignment.state.open";
    public static final String ASSIGNMENT_STATE_SCHEDULED = "assignment.state.scheduled";
    public static final String ASSIGNMENT_WHOLE_COURSE_OF = "assignment.wholeCourseOf";
    public static final String CLASS_CREATED = "class.created";
    public static final String COURSE_MODULE_COPIED = "teach.courses.copied";
    public static final String CONSENT_RECORDED = "consent.recorded";
    public static final String CONSENT_WITHDRAWN = "consent.withdrawn";
    public static final String LOCKOUT_UNLOCKED = "lockout.unlocked";
    public static final String REPORT_ACTIVITY_READ = "report.activity.read";
    public static final String REPORT_ACTIVITY_SUBMITTED = "report.activity.submitted";
    public static final String REPORT_MASTERY_CLASS = "report.mastery.class";
    public static final String ROSTER_CARD_READY = "roster.cardReady";
    public static final String ROSTER_CLASS_CARDS_READY = "roster.classCardsReady";
    public static final String ROSTER_IMPORTED = "roster.imported";
    public static final String ROSTER_MOVED = "roster.moved";
    public static final String ROSTER_REFUSED = "roster.refused";
    public static final String ROSTER_REMOVED = "roster.removed";
    public static final String ROSTER_RESET = "roster.reset";

    private TeachMessages() {}
}

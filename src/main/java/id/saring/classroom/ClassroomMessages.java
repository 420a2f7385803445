package id.saring.classroom;

import id.saring.infrastructure.i18n.MessageKeys;

/** Why a class, a roster, an assignment or a report was refused. */
@MessageKeys
public final class ClassroomMessages {

    public static final String ASSIGNMENT_DATES_REQUIRED = "assignment.datesRequired";
    public static final String ASSIGNMENT_DUE_BEFORE_OPEN = "assignment.dueBeforeOpen";
    public static final String ASSIGNMENT_NO_COURSE = "assignment.noCourse";
    public static final String ASSIGNMENT_NO_MODULE = "assignment.noModule";
    public static final String ASSIGNMENT_NOT_FOUND = "assignment.notFound";
    public static final String CLASS_ADDRESS_DOMAIN = "class.addressDomain";
    public static final String CLASS_ARCHIVED = "class.archived";
    public static final String CLASS_BAD_GRADE = "class.badGrade";
    public static final String CLASS_BAD_YEAR = "class.badYear";
    public static final String CLASS_MOVE_SAME_CLASS = "class.moveSameClass";
    public static final String CLASS_NAME_REQUIRED = "class.nameRequired";
    public static final String CLASS_NOT_FOUND = "class.notFound";
    public static final String CLASS_ONLY_STUDENTS = "class.onlyStudents";
    public static final String CLASS_UNKNOWN_CODE = "class.unknownCode";
    public static final String REPORT_NO_ATTEMPT = "report.noAttempt";
    public static final String REPORT_NO_QUIZ = "report.noQuiz";
    public static final String ROSTER_BAD_NAME = "roster.badName";
    public static final String ROSTER_EMPTY = "roster.empty";
    public static final String ROSTER_TOO_MANY = "roster.tooMany";
    public static final String SCHOOL_ROSTER_ADDRESS_TAKEN = "schoolRoster.addressTaken";
    public static final String SCHOOL_ROSTER_ADDRESS_TWICE = "schoolRoster.addressTwice";
    public static final String SCHOOL_ROSTER_BAD_CLASS = "schoolRoster.badClass";
    public static final String SCHOOL_ROSTER_BAD_NAME = "schoolRoster.badName";
    public static final String SCHOOL_ROSTER_BAD_NUMBER = "schoolRoster.badNumber";
    public static final String SCHOOL_ROSTER_EMPTY = "schoolRoster.empty";
    public static final String SCHOOL_ROSTER_NO_GRADE = "schoolRoster.noGrade";
    public static final String SCHOOL_ROSTER_NO_HEADER = "schoolRoster.noHeader";
    public static final String SCHOOL_ROSTER_NO_TEACHER = "schoolRoster.noTeacher";
    public static final String SCHOOL_ROSTER_NUMBER_TWICE = "schoolRoster.numberTwice";
    public static final String SCHOOL_ROSTER_OLD_EXCEL = "schoolRoster.oldExcel";
    public static final String SCHOOL_ROSTER_TOO_LARGE = "schoolRoster.tooLarge";
    public static final String SCHOOL_ROSTER_TOO_MANY = "schoolRoster.tooMany";
    public static final String SCHOOL_ROSTER_UNREADABLE = "schoolRoster.unreadable";
    public static final String SCHOOL_YEAR_CLOSED = "schoolYear.closed";
    public static final String SCHOOL_YEAR_CONFIRM_MISMATCH = "schoolYear.confirmMismatch";
    public static final String SCHOOL_YEAR_NOTHING_OPEN = "schoolYear.nothingOpen";

    private ClassroomMessages() {}
}
